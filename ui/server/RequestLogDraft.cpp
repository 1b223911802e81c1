#include "RequestLogDraft.h"

#include "RequestPanel.h"

#include "engine/Route.h"
#include "model/Project.h"
#include "server/RequestLogEntry.h"

#include <QComboBox>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

RequestLogDraft RequestLogDraft::fromEntry(const Project &project, const RequestLogEntry &entry)
{
    RequestLogDraft opened;
    const Route route = Route::parse(entry.path);
    const bool workflowRoute = route.kind == Route::Kind::Workflow;
    if (workflowRoute && project.indexOfWorkflow(route.name) >= 0) {
        opened.workflow = route.name;
        opened.draft = RequestDraft::forWorkflow(project, route.name);
    }
    // The call as it was made: its method (when it parsed) and its path,
    // with the record id or the version it named.
    if (!entry.method.isEmpty())
        opened.draft.method = entry.method.toLatin1();
    opened.draft.path = entry.path;
    QStringList said{tr("Opened %1 %2 from the Request Log.")
                         .arg(QString::fromLatin1(opened.draft.method), entry.path)};
    if (!opened.workflow.isEmpty())
        said << tr("The log keeps no header, query or body: the parameters are the "
                   "workflow's sample values.");
    else
        said << tr("The log keeps no header, query or body: fill them in.");
    opened.mapCaller(project, entry.principal);
    if (opened.actAs == ActAs::Pasted)
        said << tr("It was called as %1: paste its token to act as it.").arg(entry.principal);
    opened.note = said.join(u' ');
    return opened;
}

void RequestLogDraft::mapCaller(const Project &project, const QString &principal)
{
    if (principal.isEmpty() || principal == u"anonymous"_s) {
        actAs = ActAs::Anonymous;
        return;
    }
    // Matched against the project's own test users, so nothing read from
    // the log can name an act-as choice that is not one.
    for (const Record &record : project.records) {
        const QString email = record.values.value(u"email"_s).toString();
        if (record.type == DataType::userTypeName() && !email.isEmpty() &&
            principal.startsWith(u"user `"_s + email + u"` "_s)) {
            actAs = ActAs::TestUser;
            testUser = email;
            return;
        }
    }
    actAs = ActAs::Pasted;
}

void RequestLogDraft::applyTo(RequestPanel *panel) const
{
    panel->loadDraft(draft);
    QComboBox *choices = panel->actAsCombo();
    // Anonymous first, then each test user by address, then a pasted credential.
    switch (actAs) {
    case ActAs::Anonymous:
        choices->setCurrentIndex(RequestPanel::anonymousIndex);
        break;
    case ActAs::TestUser:
        choices->setCurrentIndex(qMax(RequestPanel::anonymousIndex, choices->findText(testUser)));
        break;
    case ActAs::Pasted:
        choices->setCurrentIndex(choices->count() - 1);
        break;
    }
}

} // namespace gatehouse
