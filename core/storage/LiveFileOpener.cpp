#include "LiveFileOpener.h"

#include "FileAccess.h"
#include "ProjectFileHeader.h"
#include "ProjectSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
constexpr int kBusyTimeoutMs = 5000;
} // namespace

Result<std::unique_ptr<Database>> LiveFileOpener::open(const QString &path, Database::OpenMode mode)
{
    const bool writing = mode != Database::OpenMode::ReadOnly;
    if (const QString problem = FileAccess::problemOpening(path, writing); !problem.isEmpty())
        return Error{problem, ErrorCode::FileAccess};
    auto opened = Database::open(path, mode);
    if (!opened)
        return Error{u"cannot open the file (%1)"_s.arg(opened.errorMessage())};
    if (auto timeout = opened.value()->setBusyTimeout(kBusyTimeoutMs); !timeout)
        return timeout.error();
    const ProjectFileHeader header = ProjectFileHeader::inspect(*opened.value());
    if (!header.isProject())
        return Error{header.problem};
    if (header.version != ProjectSchema::currentVersion)
        return Error{u"the file is at an older version; open and save it in the editor first"_s};
    return opened;
}

} // namespace gatehouse
