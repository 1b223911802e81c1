// libFuzzer entry point for the expression language: parse, print and parse
// again (the trees must match), check in a place picked by the first byte,
// evaluate over a small project, and convert to condition rows. Any crash,
// sanitizer report, leak, hang or broken round trip is a finding.

#include "expr/AstDump.h"
#include "expr/Checker.h"
#include "expr/ConditionRows.h"
#include "expr/Evaluator.h"
#include "expr/InMemoryDataSource.h"
#include "expr/Parser.h"
#include "expr/Printer.h"

#include <QByteArray>
#include <QJsonArray>

#include <cstdio>
#include <cstdlib>

using namespace gatehouse;
using namespace gatehouse::expr;
using namespace Qt::Literals::StringLiterals;

namespace {

Record record(const QString &id, const QString &type, const QString &creator, QJsonObject values)
{
    Record r;
    r.id = id;
    r.type = type;
    r.createdDate = r.modifiedDate = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    r.createdBy = creator;
    r.values = std::move(values);
    return r;
}

Project makeProject()
{
    Project project = Project::makeEmpty(u"fuzz"_s);
    DataType &user = project.dataTypes[0];
    user.fields.append(Field{u"name"_s, FieldType::text()});
    user.fields.append(Field{u"admin"_s, FieldType::yesNo()});
    FieldType friends = FieldType::reference(u"User"_s);
    friends.isList = true;
    user.fields.append(Field{u"friends"_s, friends});
    DataType transaction;
    transaction.name = u"Transaction"_s;
    transaction.fields = {
        Field{u"amount"_s, FieldType::number()}, Field{u"note"_s, FieldType::text()},
        Field{u"tagged"_s, FieldType::yesNo()}, Field{u"due"_s, FieldType::date()}};
    project.dataTypes.append(transaction);

    Workflow workflow;
    workflow.name = u"wf"_s;
    workflow.parameters = {Parameter{u"amount"_s, FieldType::number(), false},
                           Parameter{u"note"_s, FieldType::text(), true}};
    Action create;
    create.kind = ActionKind::CreateThing;
    create.dataType = u"Transaction"_s;
    Action changeList;
    changeList.kind = ActionKind::MakeChangesToList;
    changeList.dataType = u"Transaction"_s;
    Action answer;
    answer.kind = ActionKind::ReturnData;
    workflow.actions = {create, changeList, answer};
    project.workflows.append(workflow);

    project.records = {
        record(u"u1"_s, u"User"_s, {},
               {{u"email"_s, u"a@x"_s},
                {u"admin"_s, true},
                {u"friends"_s, QJsonArray{u"u2"_s, u"u1"_s}}}),
        record(u"u2"_s, u"User"_s, {},
               {{u"email"_s, u"b@x"_s}, {u"friends"_s, QJsonArray{u"u1"_s}}}),
        record(u"t1"_s, u"Transaction"_s, u"u1"_s, {{u"amount"_s, 10}, {u"note"_s, u"hi"_s}}),
        record(u"t2"_s, u"Transaction"_s, u"u2"_s,
               {{u"amount"_s, 5}, {u"due"_s, u"2026-02-01T00:00:00Z"_s}}),
        record(u"t3"_s, u"Transaction"_s, {}, {{u"tagged"_s, true}}),
    };
    return project;
}

CheckContext pickContext(const Project &project, unsigned char selector)
{
    const Workflow &workflow = project.workflows.first();
    switch (selector % 6) {
    case 0:
        return CheckContext::privacyRule(u"Transaction"_s);
    case 1:
        return CheckContext::privacyRule(u"User"_s);
    case 2:
        return CheckContext::workflowCondition(workflow);
    case 3:
        return CheckContext::actionCondition(workflow, 2);
    case 4:
        return CheckContext::assignment(project, workflow, 1, u"note"_s);
    default:
        return CheckContext::target(workflow, 1);
    }
}

void roundTrip(const Node &root)
{
    const QString printed = Printer::print(root);
    const ParseResult again = Parser::parse(printed);
    if (again.ok() && AstDump::dump(*again.root) == AstDump::dump(root))
        return;
    std::fprintf(stderr, "round trip broke:\n  printed: %s\n  tree:    %s\n",
                 printed.toUtf8().constData(), AstDump::dump(root).toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Project project = makeProject();
    if (size == 0)
        return 0;
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1,
                                             static_cast<qsizetype>(size - 1));
    const ParseResult parsed = Parser::parse(source);
    if (!parsed.ok())
        return 0;
    roundTrip(*parsed.root);
    const CheckContext context = pickContext(project, data[0]);
    const CheckResult checked = Checker(project, context).check(*parsed.root);
    (void)checked;

    InMemoryDataSource source_(project);
    source_.setCurrentUser(data[0] & 0x80 ? std::optional<QString>(u"u1"_s) : std::nullopt);
    source_.setThis(Value::thing(u"Transaction"_s, u"t1"_s));
    source_.setParameter(u"amount"_s, Value::number(3));
    source_.setStepResult(1, Value::thing(u"Transaction"_s, u"t2"_s));
    source_.setStepResult(2, Value::list({Value::thing(u"Transaction"_s, u"t1"_s)}));
    source_.setNow(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    Evaluator evaluator(project, source_);
    (void)evaluator.evaluate(*parsed.root);
    (void)evaluator.evaluateCondition(*parsed.root);
    (void)ConditionRows::fromTree(*parsed.root);
    return 0;
}
