#pragma once

#include <QString>

namespace gatehouse {

// Where a path points, read from its shape alone; whether that place exists
// and is open is the pipeline's next question.
struct Route
{
    enum class Kind
    {
        None,           // not an API path at all
        Workflow,       // /api/1.1/wf/<name>
        Initialize,     // /api/1.1/wf/<name>/initialize, Bubble's "Detect data"
        DataCollection, // /api/1.1/obj/<type>
        DataItem,       // /api/1.1/obj/<type>/<id>
        DataBulk,       // /api/1.1/obj/<type>/bulk
        Swagger,        // /api/1.1/meta/swagger.json
    };

    Kind kind = Kind::None;
    QString name;    // the workflow name or the type's Data API name
    QString id;      // DataItem only
    QString version; // "" for live, "version-test" or "version-live"

    bool operator==(const Route &) const = default;

    // Reads a decoded path such as "/version-test/api/1.1/obj/transaction/123".
    static Route parse(const QString &path);
};

} // namespace gatehouse
