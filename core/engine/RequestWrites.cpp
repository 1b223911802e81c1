#include "RequestWrites.h"

#include "CredentialReader.h"
#include "Route.h"

namespace gatehouse {

bool RequestWrites::mayWrite(const EngineRequest &request)
{
    switch (Route::parse(request.path).kind) {
    case Route::Kind::None:
    case Route::Kind::Initialize:
    case Route::Kind::Swagger:
        return false;
    case Route::Kind::DataCollection:
    case Route::Kind::DataItem:
        // Read as if tokens were taken from the query: a presented one is used.
        return request.method != "GET" ||
               CredentialReader::read(request, true).where != PresentedCredential::Where::Nowhere;
    case Route::Kind::Workflow:
    case Route::Kind::DataBulk:
        break;
    }
    return true;
}

} // namespace gatehouse
