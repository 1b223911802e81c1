// The editor's commands, tested as Qt tests QUndoStack: after each push,
// undo and redo, the document, the stack's index and clean state, and the
// signals seen.
#include "EditorSession.h"
#include "TestSupport.h"
#include "commands/AddAction.h"
#include "commands/AddWorkflow.h"
#include "commands/ChangeWorkflow.h"
#include "commands/MoveAction.h"
#include "commands/MoveWorkflow.h"
#include "commands/RemoveAction.h"
#include "commands/RemoveWorkflow.h"
#include "commands/RenameWorkflow.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_UndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pushUndoRedo_data();
    void pushUndoRedo();
    void typingMergesIntoOneStep();
    void typingBackToStartIsObsolete();
    void mergeStopsAtOtherField();
    void mergeStopsAtCleanState();
    void refusedCommandIsNotPushed();
    void renameUpdatesScheduleStepsAndUndoes();

private:
    Workflow workflowAt(int index) const
    {
        return m_session->document()->project().workflows.at(index);
    }
    int indexOf(const QString &name) const
    {
        return m_session->document()->project().indexOfWorkflow(name);
    }
    QUndoStack *stack() const { return m_session->undoStack(); }

    Project m_demo;
    std::unique_ptr<EditorSession> m_session;
};

void tst_UndoCommands::initTestCase()
{
    test::isolateSettings();
    m_demo = test::demoProject();
}

void tst_UndoCommands::init()
{
    m_session = std::make_unique<EditorSession>(test::makeStore());
    QVERIFY(m_session->startUnsaved(m_demo));
}

using CommandFactory = std::function<DocumentCommand *(ProjectDocument *)>;
using ProjectCheck = std::function<bool(const Project &)>;
Q_DECLARE_METATYPE(CommandFactory)
Q_DECLARE_METATYPE(ProjectCheck)

void tst_UndoCommands::pushUndoRedo_data()
{
    QTest::addColumn<CommandFactory>("make");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ProjectCheck>("applied");

    Workflow fresh;
    fresh.name = u"fresh"_s;
    QTest::newRow("add workflow") << CommandFactory([=](ProjectDocument *d) {
        return new AddWorkflow(d, 1, fresh);
    }) << u"Add workflow fresh"_s << ProjectCheck([](const Project &p) {
        return p.workflows.at(1).name == u"fresh"_s;
    });
    QTest::newRow("remove workflow")
        << CommandFactory([](ProjectDocument *d) { return new RemoveWorkflow(d, 5); })
        << u"Delete workflow public_ping"_s
        << ProjectCheck([](const Project &p) { return p.indexOfWorkflow(u"public_ping"_s) < 0; });
    QTest::newRow("move workflow")
        << CommandFactory([](ProjectDocument *d) { return new MoveWorkflow(d, 0, 3); })
        << u"Move workflow issue_token to position 4"_s << ProjectCheck([](const Project &p) {
               return p.workflows.at(3).name == u"issue_token"_s;
           });
    QTest::newRow("rename workflow")
        << CommandFactory([](ProjectDocument *d) { return new RenameWorkflow(d, 5, u"ping"_s); })
        << u"Rename workflow public_ping to ping"_s
        << ProjectCheck([](const Project &p) { return p.workflows.at(5).name == u"ping"_s; });
    Action terminate;
    terminate.kind = ActionKind::Terminate;
    QTest::newRow("add action") << CommandFactory([=](ProjectDocument *d) {
        return new AddAction(d, 2, 1, terminate);
    }) << u"Add step 2 (Terminate this workflow) to create_transaction"_s
                                << ProjectCheck([](const Project &p) {
                                       return p.workflows.at(2).actions.size() == 3 &&
                                              p.workflows.at(2).actions.at(1).kind ==
                                                  ActionKind::Terminate;
                                   });
    QTest::newRow("remove action")
        << CommandFactory([](ProjectDocument *d) { return new RemoveAction(d, 2, 1); })
        << u"Delete step 2 (Return data from API) of create_transaction"_s
        << ProjectCheck([](const Project &p) { return p.workflows.at(2).actions.size() == 1; });
    QTest::newRow("move action") << CommandFactory([](ProjectDocument *d) {
        return new MoveAction(d, 2, 0, 1);
    }) << u"Move create_transaction's step 1 to position 2"_s
                                 << ProjectCheck([](const Project &p) {
                                        return p.workflows.at(2).actions.at(0).kind ==
                                               ActionKind::ReturnData;
                                    });
    QTest::newRow("set admin only") << CommandFactory([](ProjectDocument *d) {
        Workflow w = d->project().workflows.at(2);
        w.authentication = AuthMode::AdminOnly;
        return new ChangeWorkflow(d, 2, w, u"Set Authentication"_s);
    }) << u"Set Authentication"_s << ProjectCheck([](const Project &p) {
        return p.workflows.at(2).authentication == AuthMode::AdminOnly;
    });
}

void tst_UndoCommands::pushUndoRedo()
{
    QFETCH(CommandFactory, make);
    QFETCH(QString, text);
    QFETCH(ProjectCheck, applied);

    const Project before = m_session->document()->project();
    QSignalSpy indexSpy(stack(), &QUndoStack::indexChanged);
    QSignalSpy cleanSpy(stack(), &QUndoStack::cleanChanged);
    QSignalSpy changedSpy(m_session->document(), &ProjectDocument::changed);

    QVERIFY(m_session->push(make(m_session->document())));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->index(), 1);
    QCOMPARE(stack()->undoText(), text);
    QVERIFY(!stack()->isClean());
    QVERIFY(m_session->isModified());
    QCOMPARE(indexSpy.count(), 1);
    QCOMPARE(cleanSpy.count(), 1);
    QCOMPARE(changedSpy.count(), 1);
    QVERIFY(applied(m_session->document()->project()));
    const Project after = m_session->document()->project();

    stack()->undo();
    QCOMPARE(stack()->index(), 0);
    QVERIFY(stack()->isClean());
    QVERIFY(!m_session->isModified());
    QCOMPARE(m_session->document()->project(), before);
    QCOMPARE(changedSpy.count(), 2);

    stack()->redo();
    QCOMPARE(stack()->index(), 1);
    QCOMPARE(m_session->document()->project(), after);
    QCOMPARE(cleanSpy.count(), 3);
}

static ChangeWorkflow *typeCondition(ProjectDocument *document, int index, const QString &text)
{
    Workflow w = document->project().workflows.at(index);
    w.condition = text;
    return new ChangeWorkflow(document, index, w, u"Change Condition"_s,
                              CommandId::ChangeWorkflowText, u"condition"_s);
}

void tst_UndoCommands::typingMergesIntoOneStep()
{
    const int index = indexOf(u"create_transaction"_s);
    for (const QString &text : {u"amount > 0 "_s, u"amount > 0 a"_s, u"amount > 0 and"_s})
        QVERIFY(m_session->push(typeCondition(m_session->document(), index, text)));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(workflowAt(index).condition, u"amount > 0 and"_s);
    stack()->undo();
    QCOMPARE(workflowAt(index).condition, u"amount > 0"_s);
    stack()->redo();
    QCOMPARE(workflowAt(index).condition, u"amount > 0 and"_s);
}

void tst_UndoCommands::typingBackToStartIsObsolete()
{
    const int index = indexOf(u"create_transaction"_s);
    QVERIFY(m_session->push(typeCondition(m_session->document(), index, u"amount > 01"_s)));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(m_session->push(typeCondition(m_session->document(), index, u"amount > 0"_s)));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(stack()->isClean());
    QCOMPARE(workflowAt(index).condition, u"amount > 0"_s);
}

void tst_UndoCommands::mergeStopsAtOtherField()
{
    const int index = indexOf(u"create_transaction"_s);
    QVERIFY(m_session->push(typeCondition(m_session->document(), index, u"amount > 1"_s)));
    Workflow w = workflowAt(index);
    w.description = u"typed"_s;
    QVERIFY(m_session->push(new ChangeWorkflow(m_session->document(), index, w, u"Change"_s,
                                               CommandId::ChangeWorkflowText, u"description"_s)));
    QVERIFY(m_session->push(typeCondition(m_session->document(), index + 1, u"yes"_s)));
    QCOMPARE(stack()->count(), 3);
}

void tst_UndoCommands::mergeStopsAtCleanState()
{
    const int index = indexOf(u"create_transaction"_s);
    QVERIFY(m_session->push(typeCondition(m_session->document(), index, u"amount > 1"_s)));
    stack()->setClean();
    QVERIFY(m_session->push(typeCondition(m_session->document(), index, u"amount > 12"_s)));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QVERIFY(stack()->isClean());
    QCOMPARE(workflowAt(index).condition, u"amount > 1"_s);
}

void tst_UndoCommands::refusedCommandIsNotPushed()
{
    QSignalSpy failed(m_session.get(), &EditorSession::editFailed);
    const Project before = m_session->document()->project();
    const Result<> renamed =
        m_session->push(new RenameWorkflow(m_session->document(), 0, u"has space"_s));
    QVERIFY(!renamed);
    QVERIFY(renamed.errorMessage().contains(u"URL"_s));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(m_session->document()->project(), before);
    // A duplicate name is refused the same way.
    QVERIFY(!m_session->push(new RenameWorkflow(m_session->document(), 0, u"signup"_s)));
    QCOMPARE(stack()->count(), 0);
}

void tst_UndoCommands::renameUpdatesScheduleStepsAndUndoes()
{
    const int ping = indexOf(u"public_ping"_s);
    Action schedule;
    schedule.kind = ActionKind::ScheduleWorkflow;
    schedule.workflow = u"internal_recalc"_s;
    schedule.target = u"Current date/time"_s;
    QVERIFY(m_session->push(new AddAction(m_session->document(), ping, 0, schedule)));
    const int recalc = indexOf(u"internal_recalc"_s);
    QVERIFY(m_session->push(new RenameWorkflow(m_session->document(), recalc, u"recalc"_s)));
    QCOMPARE(workflowAt(ping).actions.at(0).workflow, u"recalc"_s);
    stack()->undo();
    QCOMPARE(workflowAt(ping).actions.at(0).workflow, u"internal_recalc"_s);
    QCOMPARE(workflowAt(recalc).name, u"internal_recalc"_s);
}

QTEST_MAIN(tst_UndoCommands)
#include "tst_undocommands.moc"
