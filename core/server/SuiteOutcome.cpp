#include "SuiteOutcome.h"

#include "exchange/ExpectedBodyPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// What the server said of a refusal, in its own words, if it said any: the
// three envelopes Bubble answers with (a workflow's, a 401's, an error's).
QString serverReason(const QJsonObject &body)
{
    const QJsonObject inner = body.value(u"body"_s).toObject();
    QString text;
    for (const QJsonValue &said :
         {body.value(u"message"_s), inner.value(u"message"_s), body.value(u"translation"_s)}) {
        if (text.isEmpty())
            text = said.toString();
    }
    QString code;
    for (const QJsonValue &said : {inner.value(u"status"_s), body.value(u"reason"_s)}) {
        if (code.isEmpty())
            code = said.toString();
    }
    if (text.isEmpty())
        return u"the status differs"_s;
    return u"the server said: "_s + text + (code.isEmpty() ? QString() : u" ("_s + code + u')');
}

QString bodyMismatch(const SavedRequest &request, const QJsonValue &body)
{
    QStringList problems;
    for (auto it = request.expectedBody.begin(); it != request.expectedBody.end(); ++it) {
        const auto found = ExpectedBodyPath::find(body, it.key());
        const QString wanted = SuiteOutcome::expectationText(it.key(), it.value());
        if (!found)
            problems.append(
                u"%1 is missing, expected %2"_s.arg(it.key(), wanted.mid(it.key().size() + 1)));
        else if (*found != it.value())
            problems.append(u"%1 is %2, expected %3"_s.arg(
                it.key(), SuiteOutcome::expectationText(it.key(), *found).mid(it.key().size() + 1),
                wanted.mid(it.key().size() + 1)));
    }
    return problems.join(u"; "_s);
}
} // namespace

QString SuiteOutcome::line() const
{
    const QString got = status == 0 ? u"no answer"_s : QString::number(status);
    QString text = u"%1 %2: %3 (expected %4)"_s.arg(passed() ? u"PASS"_s : u"FAIL"_s, name, got,
                                                    QString::number(expectedStatus));
    if (!passed())
        text += u": "_s + why;
    return text;
}

SuiteOutcome SuiteOutcome::judge(const SavedRequest &request, int status, const QByteArray &body)
{
    SuiteOutcome outcome{
        request.name, status, request.expectedStatus, {}, 0, request.principal.toText(), {}};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (status != request.expectedStatus)
        outcome.why = serverReason(document.object());
    else if (!request.expectedBody.isEmpty())
        outcome.why = bodyMismatch(request, document.isArray() ? QJsonValue(document.array())
                                                               : QJsonValue(document.object()));
    return outcome;
}

SuiteOutcome SuiteOutcome::notSent(const SavedRequest &request, const QString &why)
{
    return SuiteOutcome{
        request.name, 0, request.expectedStatus, why, 0, request.principal.toText(), {}};
}

QString SuiteOutcome::expectationText(const QString &path, const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return path + u'=' + QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace gatehouse
