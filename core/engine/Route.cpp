#include "Route.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
bool isVersionSegment(const QString &segment)
{
    return segment == u"version-test"_s || segment == u"version-live"_s;
}

Route routeBelowApi(const QStringList &rest)
{
    Route route;
    if (rest.size() == 2 && rest.at(0) == u"wf"_s) {
        route.kind = Route::Kind::Workflow;
        route.name = rest.at(1);
    } else if (rest.size() == 3 && rest.at(0) == u"wf"_s && rest.at(2) == u"initialize"_s) {
        route.kind = Route::Kind::Initialize;
        route.name = rest.at(1);
    } else if (rest.size() == 2 && rest.at(0) == u"obj"_s) {
        route.kind = Route::Kind::DataCollection;
        route.name = rest.at(1);
    } else if (rest.size() == 3 && rest.at(0) == u"obj"_s) {
        route.kind = rest.at(2) == u"bulk"_s ? Route::Kind::DataBulk : Route::Kind::DataItem;
        route.name = rest.at(1);
        if (route.kind == Route::Kind::DataItem)
            route.id = rest.at(2);
    } else if (rest == QStringList{u"meta"_s, u"swagger.json"_s}) {
        route.kind = Route::Kind::Swagger;
    }
    return route;
}
} // namespace

Route Route::parse(const QString &path)
{
    QStringList segments = path.split(u'/');
    // A path starts with "/"; one trailing "/" is forgiven, empty segments
    // anywhere else are not.
    if (segments.size() < 2 || !segments.first().isEmpty())
        return {};
    segments.removeFirst();
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast();
    if (segments.contains(QString()))
        return {};
    QString version;
    if (!segments.isEmpty() && isVersionSegment(segments.first()))
        version = segments.takeFirst();
    if (segments.size() < 3 || segments.at(0) != u"api"_s || segments.at(1) != u"1.1"_s)
        return {};
    Route route = routeBelowApi(segments.mid(2));
    if (route.name.isEmpty() && route.kind != Kind::Swagger)
        route.kind = Kind::None;
    route.version = version;
    return route.kind == Kind::None ? Route{} : route;
}

} // namespace gatehouse
