// The Request Log's models and panel on their own: the bound, newest at the
// bottom, and the trace of the selected request.
#include "models/RequestLogModel.h"
#include "models/TraceTableModel.h"
#include "panels/RequestLogPanel.h"

#include <QJsonObject>
#include <QLabel>
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

private:
    static RequestLogEntry entry(const QString &path, int status, const QJsonArray &trace = {});
};

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

QTEST_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
