// The Request Log's models and panel on their own: the bound, newest at the
// bottom, the trace of the selected request, the filters and their count,
// the chart's buckets, and a logged call made into a Request panel draft.
#include "model/DemoProject.h"
#include "models/RequestLogBuckets.h"
#include "models/RequestLogFilterModel.h"
#include "models/RequestLogModel.h"
#include "models/TraceTableModel.h"
#include "panels/RequestLogChart.h"
#include "panels/RequestLogFilterBar.h"
#include "panels/RequestLogPanel.h"
#include "panels/StatusColors.h"
#include "server/RequestLogDraft.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gatehouse;

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsShowTheEntry();
    void boundDropsTheOldest();
    void selectingShowsTheTrace();
    void droppedRowsAreCounted();
    void filterModelPassesTheTester();
    void filtersNarrowAndFollowNewEntries();
    void statusClassesKeepTheHttpLayerApart();
    void textFindsTheTraceReason();
    void filterBarOffersWhatTheLogHolds();
    void bucketsStayBounded();
    void chartSumsTheWindowOnlyWhileShown();
    void openActionGivesTheFilteredRow();
    void hiddenPanelLetsTheLogGrowAlone();
    void draftFromAWorkflowCallByATestUser();
    void draftOfAnUnknownCallerAsksForItsToken();

private:
    static RequestLogEntry entry(const QString &path, int status, const QJsonArray &trace = {});
    static RequestLogEntry by(const QString &principal, const QString &path, int status);
};

namespace {
const QDateTime noon(QDate(2026, 12, 1), QTime(12, 0, 0), Qt::UTC);
const QString alice = u"user `alice@example.com` (token `session`, gh_usr_abcd)"_s;
const QString ci = u"admin token `ci` (gh_adm_wxyz)"_s;
} // namespace

RequestLogEntry tst_RequestLogModel::by(const QString &principal, const QString &path, int status)
{
    RequestLogEntry e = entry(path, status);
    e.principal = principal;
    return e;
}

RequestLogEntry tst_RequestLogModel::entry(const QString &path, int status, const QJsonArray &trace)
{
    RequestLogEntry e;
    e.time = QDateTime(QDate(2026, 12, 1), QTime(12, 0, 0), Qt::UTC);
    e.method = u"POST"_s;
    e.path = path;
    e.status = status;
    e.principal = u"anonymous"_s;
    e.durationMs = 3;
    e.handled = true;
    e.trace = RequestLogEntry::traceFromJson(trace);
    return e;
}

void tst_RequestLogModel::columnsShowTheEntry()
{
    RequestLogModel model;
    model.append(entry(u"/api/1.1/wf/public_ping"_s, 200));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
    QCOMPARE(model.index(0, RequestLogModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(model.index(0, RequestLogModel::PathColumn).data().toString(),
             u"/api/1.1/wf/public_ping"_s);
    QCOMPARE(model.index(0, RequestLogModel::StatusColumn).data().toInt(), 200);
    QCOMPARE(model.index(0, RequestLogModel::CallerColumn).data().toString(), u"anonymous"_s);
    QCOMPARE(model.index(0, RequestLogModel::DurationColumn).data().toString(), u"3 ms"_s);
    QCOMPARE(model.headerData(RequestLogModel::CallerColumn, Qt::Horizontal).toString(),
             u"Caller"_s);
    QVERIFY(!model.index(0, RequestLogModel::TimeColumn).data().toString().isEmpty());
}

void tst_RequestLogModel::boundDropsTheOldest()
{
    RequestLogModel model;
    model.setCapacity(3);
    for (int i = 0; i < 5; ++i)
        model.append(entry(u"/p%1"_s.arg(i), 200));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).path, u"/p2"_s);
    QCOMPARE(model.entry(2).path, u"/p4"_s); // newest at the bottom

    QList<RequestLogEntry> many;
    for (int i = 0; i < 4; ++i)
        many << entry(u"/q%1"_s.arg(i), 404);
    model.setEntries(many);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).path, u"/q1"_s);
    model.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).path, u"/q3"_s);
}

void tst_RequestLogModel::selectingShowsTheTrace()
{
    RequestLogModel model;
    RequestLogPanel panel(&model);
    panel.resize(800, 500);
    panel.show();
    const QJsonArray trace{QJsonObject{{u"stage"_s, u"route"_s},
                                       {u"verdict"_s, u"passed"_s},
                                       {u"reason"_s, u"workflow public_ping is exposed"_s},
                                       {u"subject"_s, u"public_ping"_s}},
                           QJsonObject{{u"stage"_s, u"authenticate"_s},
                                       {u"verdict"_s, u"refused"_s},
                                       {u"reason"_s, u"no such token"_s},
                                       {u"subject"_s, u"gh_adm_QQQQ"_s}}};
    model.append(entry(u"/a"_s, 200));
    model.append(entry(u"/b"_s, 401, trace));
    QCOMPARE(panel.traceModel()->rowCount(), 0);

    panel.logView()->selectRow(1);
    QCOMPARE(panel.traceModel()->rowCount(), 2);
    QCOMPARE(panel.traceModel()->index(1, TraceTableModel::StageColumn).data().toString(),
             u"authenticate"_s);
    QCOMPARE(panel.traceModel()->index(1, TraceTableModel::VerdictColumn).data().toString(),
             u"refused"_s);
    QCOMPARE(panel.traceModel()->index(1, TraceTableModel::ReasonColumn).data().toString(),
             u"no such token"_s);
    QCOMPARE(panel.traceModel()->index(1, TraceTableModel::SubjectColumn).data().toString(),
             u"gh_adm_QQQQ"_s);
    QVERIFY(panel.summaryLabel()->text().contains(u"401"_s));
    QVERIFY(panel.traceModel()->flags(panel.traceModel()->index(0, 0)) & Qt::ItemIsEnabled);
    QVERIFY(!(panel.traceModel()->flags(panel.traceModel()->index(0, 0)) & Qt::ItemIsEditable));

    // A reload of the log clears the trace of a row that is gone.
    model.setEntries({});
    QCOMPARE(panel.traceModel()->rowCount(), 0);
}

void tst_RequestLogModel::droppedRowsAreCounted()
{
    RequestLogModel model;
    model.setCapacity(3);
    QSignalSpy dropped(&model, &RequestLogModel::droppedCountChanged);
    for (int i = 0; i < 5; ++i)
        model.append(entry(u"/p%1"_s.arg(i), 200));
    QCOMPARE(model.droppedCount(), 2);
    QCOMPARE(dropped.count(), 2);
    RequestLogFilterModel filter(&model);
    QVERIFY2(filter.countText().contains(u"2 older dropped"_s), qPrintable(filter.countText()));
    // A reload is the file's log as it is: nothing dropped from it yet.
    model.setEntries({entry(u"/q"_s, 200)});
    QCOMPARE(model.droppedCount(), 0);
    QVERIFY(!filter.countText().contains(u"dropped"_s));
}

void tst_RequestLogModel::filterModelPassesTheTester()
{
    RequestLogModel model;
    model.setCapacity(5);
    RequestLogFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStatusClass(RequestLogFilterModel::StatusClass::ClientError);
    for (int i = 0; i < 8; ++i)
        model.append(by(i % 2 ? alice : ci, u"/api/1.1/wf/w%1"_s.arg(i % 3), i % 2 ? 401 : 200));
    filter.setCaller(alice);
    filter.setText(u"w1"_s);
    filter.setText({});
    filter.setStatusClass(RequestLogFilterModel::StatusClass::Any);
    model.setEntries({entry(u"/a"_s, 200), entry(u"/b"_s, 500)});
    QCOMPARE(filter.rowCount(), 0); // still alice's only
    filter.setCaller({});
    QCOMPARE(filter.rowCount(), 2);
}

void tst_RequestLogModel::filtersNarrowAndFollowNewEntries()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RequestLogModel model;
    model.setCapacity(5000);
    RequestLogFilterModel filter(&model);
    for (int i = 0; i < 1200; ++i)
        model.append(by(ci, u"/api/1.1/wf/public_ping"_s, 200));
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 401));
    model.append(by(alice, u"/version-test/api/1.1/wf/create_transaction"_s, 200));
    model.append(by(ci, u"/api/1.1/obj/transaction/123"_s, 404));
    model.append(by(alice, u"/favicon.ico"_s, 404));
    QCOMPARE(filter.countText(), u"1,204 requests"_s);

    filter.setTarget(RequestLogFilterModel::targetOf(model.entry(1200)));
    QCOMPARE(filter.targetOf(model.entry(1200)), u"workflow `create_transaction`"_s);
    QCOMPARE(filter.rowCount(), 2); // the version-test path is the same workflow
    QCOMPARE(filter.countText(), u"2 of 1,204 requests"_s);
    QCOMPARE(filter.entry(1).path, u"/version-test/api/1.1/wf/create_transaction"_s);

    filter.setCaller(alice);
    filter.setStatusClass(RequestLogFilterModel::StatusClass::ClientError);
    QCOMPARE(filter.rowCount(), 1);
    // New entries meet the filters as they stand.
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 400));
    model.append(by(ci, u"/api/1.1/wf/create_transaction"_s, 400));
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 200));
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.entry(1).status, 400);
    QCOMPARE(filter.countText(), u"2 of 1,207 requests"_s);

    filter.setCaller({});
    filter.setStatusClass(RequestLogFilterModel::StatusClass::Any);
    filter.setTarget(u"data type `transaction`"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setTarget(u"other paths"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.entry(0).path, u"/favicon.ico"_s);
    QLocale::setDefault(QLocale::c());
}

void tst_RequestLogModel::statusClassesKeepTheHttpLayerApart()
{
    RequestLogModel model;
    RequestLogFilterModel filter(&model);
    RequestLogEntry limited = entry(u"/api/1.1/wf/public_ping"_s, 429);
    limited.handled = false;
    limited.error = u"too many requests"_s;
    model.append(limited);
    model.append(entry(u"/api/1.1/wf/public_ping"_s, 404));
    model.append(entry(u"/api/1.1/wf/public_ping"_s, 302));
    model.append(entry(u"/api/1.1/wf/public_ping"_s, 503));
    using StatusClass = RequestLogFilterModel::StatusClass;
    QCOMPARE(RequestLogFilterModel::statusClassOf(limited), StatusClass::HttpLayer);
    filter.setStatusClass(StatusClass::HttpLayer);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.entry(0).status, 429);
    filter.setStatusClass(StatusClass::ClientError); // every 4xx, the HTTP layer's too
    QCOMPARE(filter.rowCount(), 2);
    filter.setStatusClass(StatusClass::Redirection);
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatusClass(StatusClass::ServerError);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.entry(0).status, 503);
    filter.setStatusClass(StatusClass::Success);
    QCOMPARE(filter.rowCount(), 0);
}

void tst_RequestLogModel::textFindsTheTraceReason()
{
    RequestLogModel model;
    RequestLogFilterModel filter(&model);
    const QJsonArray trace{QJsonObject{{u"stage"_s, u"authenticate"_s},
                                       {u"verdict"_s, u"refused"_s},
                                       {u"reason"_s, u"the token has expired"_s},
                                       {u"subject"_s, u"token `nightly`"_s}}};
    model.append(entry(u"/api/1.1/wf/a"_s, 401, trace));
    model.append(entry(u"/api/1.1/wf/b"_s, 200));
    filter.setText(u"  EXPIRED "_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.entry(0).path, u"/api/1.1/wf/a"_s);
    filter.setText(u"nightly"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"wf/b"_s);
    QCOMPARE(filter.entry(0).path, u"/api/1.1/wf/b"_s);
    filter.setText(u"401"_s);
    QCOMPARE(filter.entry(0).status, 401);
    filter.setText(u"nothing like it"_s);
    QCOMPARE(filter.rowCount(), 0);
}

void tst_RequestLogModel::filterBarOffersWhatTheLogHolds()
{
    RequestLogModel model;
    RequestLogPanel panel(&model);
    model.append(by(ci, u"/api/1.1/wf/public_ping"_s, 200)); // before it is shown
    RequestLogFilterBar *bar = panel.filterBar();
    QCOMPARE(bar->callerCombo()->count(), 1); // hidden: nothing gathered
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(bar->callerCombo()->count(), 2);
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 401));
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 200));
    QCOMPARE(bar->callerCombo()->count(), 3);
    QCOMPARE(bar->targetCombo()->count(), 3);
    QVERIFY(bar->targetCombo()->findData(u"workflow `create_transaction`"_s) > 0);

    bar->callerCombo()->setCurrentIndex(bar->callerCombo()->findData(alice));
    bar->statusCombo()->setCurrentIndex(
        bar->statusCombo()->findData(int(RequestLogFilterModel::StatusClass::ClientError)));
    QCOMPARE(panel.logView()->model()->rowCount(), 1);
    QCOMPARE(bar->countLabel()->text(), u"1 of 3 requests"_s);
    bar->textEdit()->setText(u"ping"_s);
    QCOMPARE(panel.logView()->model()->rowCount(), 0);
    QCOMPARE(bar->countLabel()->text(), u"0 of 3 requests"_s);
    bar->textEdit()->clear();
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 403));
    QTRY_COMPARE(bar->countLabel()->text(), u"2 of 4 requests"_s);
    // A reload keeps the chosen caller.
    model.setEntries({by(ci, u"/api/1.1/wf/public_ping"_s, 200)});
    QCOMPARE(bar->callerCombo()->currentData().toString(), alice);
    QCOMPARE(panel.logView()->model()->rowCount(), 0);
}

void tst_RequestLogModel::bucketsStayBounded()
{
    RequestLogBuckets buckets;
    RequestLogEntry e = entry(u"/a"_s, 200);
    for (int second = 0; second < 10 * RequestLogBuckets::seconds; ++second) {
        e.time = noon.addSecs(second);
        e.durationMs = second;
        buckets.add(e);
        buckets.add(e);
    }
    const qint64 newest = noon.addSecs(10 * RequestLogBuckets::seconds - 1).toSecsSinceEpoch();
    QCOMPARE(buckets.newestSecond(), newest);
    QCOMPARE(buckets.at(newest).total(), 2);
    QCOMPARE(buckets.at(newest).slowestMs, 10 * RequestLogBuckets::seconds - 1);
    QCOMPARE(buckets.at(newest - RequestLogBuckets::seconds + 1).total(), 2);
    QCOMPARE(buckets.at(newest - RequestLogBuckets::seconds).total(), 0); // overwritten
    // A late entry older than the window leaves the newer one alone.
    e.time = noon;
    buckets.add(e);
    QCOMPARE(buckets.at(noon.toSecsSinceEpoch()).total(), 0);
    QCOMPARE(buckets.at(newest - RequestLogBuckets::seconds + 1).total(), 2);
}

void tst_RequestLogModel::chartSumsTheWindowOnlyWhileShown()
{
    RequestLogModel model;
    RequestLogFilterModel filter(&model);
    RequestLogChart chart(&filter);
    chart.setClock([] { return noon.addSecs(30); });
    const auto at = [&](int second, int status, qint64 ms) {
        RequestLogEntry e = entry(u"/api/1.1/wf/a"_s, status);
        e.time = noon.addSecs(second);
        e.durationMs = ms;
        model.append(e);
    };
    at(-600, 200, 1); // long before the window
    at(0, 200, 4);
    at(0, 401, 12);
    QCOMPARE(chart.buckets().newestSecond(), -1); // hidden: nothing summed
    chart.resize(600, 80);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const qint64 second = noon.toSecsSinceEpoch();
    QCOMPARE(chart.buckets().at(second).total(), 2);
    QCOMPARE(chart.buckets().at(noon.addSecs(-600).toSecsSinceEpoch()).total(), 0);
    at(0, 503, 40); // shown: summed as it arrives
    QCOMPARE(chart.buckets().at(second).total(), 3);
    QCOMPARE(chart.buckets().at(second).slowestMs, 40);
    QCOMPARE(chart.windowEnd(), noon.addSecs(30).toSecsSinceEpoch());
    const QString text = chart.barText(30);
    QVERIFY2(text.contains(u"3 requests"_s) && text.contains(u"1 2xx"_s) &&
                 text.contains(u"1 4xx"_s) && text.contains(u"1 5xx"_s) &&
                 text.contains(u"slowest 40 ms"_s) && text.contains(u"mean 18 ms"_s),
             qPrintable(text));
    QVERIFY(chart.barText(29).contains(u"no request"_s));
    // The bar of that second is under the pointer where it is drawn.
    const int x = chart.width() * (RequestLogBuckets::seconds - 31) / RequestLogBuckets::seconds +
                  chart.width() / (2 * RequestLogBuckets::seconds);
    QCOMPARE(chart.secondsAgoAt(x), 30);
    // A filter redraws what it leaves.
    filter.setStatusClass(RequestLogFilterModel::StatusClass::Success);
    QTRY_COMPARE(chart.buckets().at(second).total(), 1);
    // The colours read on the palette, light or dark.
    for (int i = 0; i < RequestLogBuckets::classCount; ++i)
        QVERIFY(StatusColors::contrast(chart.classColor(i),
                                       chart.palette().color(QPalette::Base)) >= 3.0);
    chart.hide();
    QCOMPARE(chart.buckets().newestSecond(), -1);
}

void tst_RequestLogModel::openActionGivesTheFilteredRow()
{
    RequestLogModel model;
    RequestLogPanel panel(&model);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    model.append(by(ci, u"/api/1.1/wf/public_ping"_s, 200));
    model.append(by(alice, u"/api/1.1/wf/create_transaction"_s, 401));
    model.append(by(ci, u"/api/1.1/wf/admin_cleanup"_s, 200));
    panel.filterModel()->setCaller(ci);
    QSignalSpy opened(&panel, &RequestLogPanel::openRequested);
    panel.logView()->selectionModel()->clearCurrentIndex();
    panel.openAction()->trigger();
    QCOMPARE(opened.count(), 0); // nothing selected: nothing opened
    panel.logView()->selectRow(1);
    panel.openAction()->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).value<RequestLogEntry>().path, u"/api/1.1/wf/admin_cleanup"_s);

    panel.logView()->setFocus();
    QTest::keyClick(panel.logView(), Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    const QRect first = panel.logView()->visualRect(panel.logView()->model()->index(0, 0));
    // A double-click is a click and then a second press: the row is the one pressed.
    QTest::mouseClick(panel.logView()->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(panel.logView()->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(opened.count(), 3);
    QCOMPARE(opened.at(2).at(0).value<RequestLogEntry>().path, u"/api/1.1/wf/public_ping"_s);
}

void tst_RequestLogModel::hiddenPanelLetsTheLogGrowAlone()
{
    RequestLogModel model;
    RequestLogPanel panel(&model);
    panel.resize(900, 500);
    QHeaderView *header = panel.logView()->horizontalHeader();
    for (int i = 0; i < 5; ++i)
        model.append(by(ci, u"/api/1.1/wf/public_ping"_s, 200));
    QVERIFY(!panel.filterModel()->isFollowing()); // hidden: not even filtered
    QCOMPARE(panel.filterModel()->rowCount(), 0);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.logView()->model()->rowCount(), 5);
    // The columns as the panel fitted them before it was first shown.
    const int pathWidth = header->sectionSize(RequestLogModel::PathColumn);
    QVERIFY(pathWidth >=
            panel.logView()->fontMetrics().horizontalAdvance(u"/api/1.1/wf/create_transaction"_s));
    QCOMPARE(header->logicalIndex(0), int(RequestLogModel::StatusColumn));
    header->resizeSection(RequestLogModel::PathColumn, pathWidth + 40);
    panel.hide();
    QVERIFY(!panel.filterModel()->isFollowing());
    model.append(by(ci, u"/api/1.1/wf/public_ping"_s, 200));
    panel.show();
    QCOMPARE(panel.logView()->model()->rowCount(), 6);
    QCOMPARE(header->sectionSize(RequestLogModel::PathColumn), pathWidth + 40);
}

void tst_RequestLogModel::draftFromAWorkflowCallByATestUser()
{
    const auto project = DemoProject::build();
    QVERIFY(project.ok());
    RequestLogEntry call = by(alice, u"/version-test/api/1.1/wf/create_transaction"_s, 400);
    call.method = u"POST"_s;
    const RequestLogDraft opened = RequestLogDraft::fromEntry(project.value(), call);
    QCOMPARE(opened.draft.method, QByteArray("POST"));
    QCOMPARE(opened.draft.path, call.path);
    QCOMPARE(opened.workflow, u"create_transaction"_s);
    // The parameters from the definition: the log kept no body.
    QCOMPARE(opened.draft.body.keys(), (QStringList{u"account"_s, u"amount"_s, u"phone"_s}));
    QCOMPARE(opened.actAs, RequestLogDraft::ActAs::TestUser);
    QCOMPARE(opened.testUser, u"alice@example.com"_s);
    QVERIFY(opened.note.contains(u"no header, query or body"_s));

    RequestLogEntry anonymous = entry(u"/api/1.1/obj/transaction/1699_42"_s, 404);
    anonymous.method = u"DELETE"_s;
    const RequestLogDraft data = RequestLogDraft::fromEntry(project.value(), anonymous);
    QCOMPARE(data.actAs, RequestLogDraft::ActAs::Anonymous);
    QCOMPARE(data.draft.method, QByteArray("DELETE"));
    QCOMPARE(data.draft.path, anonymous.path);
    QVERIFY(data.workflow.isEmpty());
    QVERIFY(data.draft.body.isEmpty());
}

void tst_RequestLogModel::draftOfAnUnknownCallerAsksForItsToken()
{
    const auto project = DemoProject::build();
    QVERIFY(project.ok());
    // Not a test user of this project, even if it looks like one.
    for (const QString &caller :
         {ci, u"user `mallory@example.com` (token `session`, gh_usr_mmmm)"_s,
          u"user `alice@example.com.evil` (token `x`, gh_usr_eeee)"_s}) {
        const RequestLogDraft opened =
            RequestLogDraft::fromEntry(project.value(), by(caller, u"/api/1.1/wf/x"_s, 401));
        QCOMPARE(opened.actAs, RequestLogDraft::ActAs::Pasted);
        QVERIFY(opened.testUser.isEmpty());
        QVERIFY2(opened.note.contains(u"paste its token"_s), qPrintable(opened.note));
    }
    // A request line that never parsed: a path and the default method.
    RequestLogEntry malformed = entry(u""_s, 400);
    malformed.method.clear();
    malformed.handled = false;
    const RequestLogDraft opened = RequestLogDraft::fromEntry(project.value(), malformed);
    QVERIFY(!opened.draft.method.isEmpty());
}

QTEST_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
