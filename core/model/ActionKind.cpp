#include "ActionKind.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

const QList<ActionKindInfo> &ActionKindInfo::all()
{
    static const QList<ActionKindInfo> kinds{
        {ActionKind::CreateThing,
         u"create_thing"_s,
         u"Create a new thing"_s,
         true,
         {},
         false,
         true,
         {},
         {}},
        {ActionKind::MakeChanges,
         u"make_changes"_s,
         u"Make changes to a thing"_s,
         true,
         u"Thing to change"_s,
         false,
         true,
         {},
         {}},
        {ActionKind::MakeChangesToList,
         u"make_changes_to_list"_s,
         u"Make changes to a list of things"_s,
         true,
         u"List to change"_s,
         false,
         true,
         {},
         {}},
        {ActionKind::DeleteThing,
         u"delete_thing"_s,
         u"Delete a thing"_s,
         true,
         u"Thing to delete"_s,
         false,
         false,
         {},
         {}},
        {ActionKind::DeleteList,
         u"delete_list"_s,
         u"Delete a list of things"_s,
         true,
         u"List to delete"_s,
         false,
         false,
         {},
         {}},
        {ActionKind::LogIn,
         u"log_in"_s,
         u"Log the user in"_s,
         false,
         {},
         false,
         false,
         {u"email"_s, u"password"_s, u"stay_logged_in"_s},
         {u"email"_s, u"password"_s}},
        {ActionKind::SignUp,
         u"sign_up"_s,
         u"Sign the user up"_s,
         false,
         {},
         false,
         false,
         {u"email"_s, u"password"_s, u"stay_logged_in"_s},
         {u"email"_s, u"password"_s}},
        {ActionKind::LogOut, u"log_out"_s, u"Log the user out"_s, false, {}, false, false, {}, {}},
        {ActionKind::SendEmail,
         u"send_email"_s,
         u"Send email"_s,
         false,
         {},
         false,
         false,
         {u"to"_s, u"subject"_s, u"body"_s},
         {u"to"_s, u"subject"_s}},
        {ActionKind::ScheduleWorkflow,
         u"schedule_workflow"_s,
         u"Schedule API workflow"_s,
         false,
         u"Scheduled date"_s,
         true,
         true,
         {},
         {}},
        {ActionKind::ReturnData,
         u"return_data"_s,
         u"Return data from API"_s,
         false,
         {},
         false,
         true,
         {},
         {}},
        {ActionKind::Terminate,
         u"terminate"_s,
         u"Terminate this workflow"_s,
         false,
         {},
         false,
         false,
         {},
         {}},
    };
    return kinds;
}

const ActionKindInfo &ActionKindInfo::of(ActionKind kind)
{
    for (const ActionKindInfo &info : all()) {
        if (info.kind == kind)
            return info;
    }
    return all().first();
}

std::optional<ActionKind> ActionKindInfo::fromId(const QString &id)
{
    for (const ActionKindInfo &info : all()) {
        if (info.id == id)
            return info.kind;
    }
    return std::nullopt;
}

} // namespace gatehouse
