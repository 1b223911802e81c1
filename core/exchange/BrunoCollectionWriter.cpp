#include "BrunoCollectionWriter.h"

#include "ExpectedBodyPath.h"
#include "SuiteVariables.h"

#include "model/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
// A value on one line of a .bru block: a line break would end the entry.
QString oneLine(QString text)
{
    return text.replace(u'\r', u' ').replace(u'\n', u' ');
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString block(const QString &name, const QStringList &lines)
{
    QString text = name + u" {\n"_s;
    for (const QString &line : lines)
        text += u"  "_s + line + u'\n';
    return text + u"}\n"_s;
}

QStringList jsonLines(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson()).trimmed().split(u'\n');
}
} // namespace

BrunoCollectionWriter::Files BrunoCollectionWriter::files(const Project &project,
                                                          const QString &name)
{
    const QJsonObject manifest{{u"version"_s, u"1"_s},
                               {u"name"_s, name},
                               {u"type"_s, u"collection"_s},
                               {u"ignore"_s, QJsonArray{u"node_modules"_s, u".git"_s}}};
    Files files{{u"bruno.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented)}};
    QStringList taken;
    for (int i = 0; i < project.savedRequests.size(); ++i) {
        const SavedRequest &saved = project.savedRequests.at(i);
        const QString file = fileName(saved.name, taken);
        taken.append(file.toLower());
        files.append({file, request(project, saved, i + 1)});
    }
    files.append({u"environments/"_s + environmentName() + u".bru"_s, environment(project)});
    return files;
}

QByteArray BrunoCollectionWriter::request(const Project &project, const SavedRequest &saved,
                                          int sequence)
{
    QStringList pairs;
    QStringList query;
    for (const auto &[key, value] : saved.query) {
        pairs.append(key + u'=' + value);
        query.append(oneLine(key) + u": "_s + oneLine(value));
    }
    const QString variable = SuiteVariables::nameOf(saved.principal);
    const QString url = u"{{"_s + SuiteVariables::baseUrlName() + u"}}"_s + saved.path() +
                        (pairs.isEmpty() ? QString() : u'?' + pairs.join(u'&'));
    QString text = block(u"meta"_s, {u"name: "_s + oneLine(saved.name), u"type: http"_s,
                                     u"seq: "_s + QString::number(sequence)});
    text += u'\n' + block(QString::fromLatin1(saved.method(project)).toLower(),
                          {u"url: "_s + oneLine(url),
                           saved.body.isEmpty() ? u"body: none"_s : u"body: json"_s,
                           variable.isEmpty() ? u"auth: none"_s : u"auth: bearer"_s});
    if (!query.isEmpty())
        text += u'\n' + block(u"params:query"_s, query);
    if (!variable.isEmpty())
        text += u'\n' + block(u"auth:bearer"_s, {u"token: {{"_s + variable + u"}}"_s});
    if (!saved.body.isEmpty())
        text += u'\n' + block(u"body:json"_s, jsonLines(saved.body));
    text +=
        u'\n' + block(u"assert"_s, {u"res.status: eq "_s + QString::number(saved.expectedStatus)});
    QStringList tests;
    for (auto it = saved.expectedBody.begin(); it != saved.expectedBody.end(); ++it)
        tests += {u"test(%1, function () {"_s.arg(jsonText(it.key())),
                  u"  expect(res.getBody()%1).to.eql(%2);"_s.arg(
                      ExpectedBodyPath::javaScriptAccessor(it.key()), jsonText(it.value())),
                  u"});"_s};
    if (!tests.isEmpty())
        text += u'\n' + block(u"tests"_s, tests);
    return text.toUtf8();
}

QByteArray BrunoCollectionWriter::environment(const Project &project)
{
    QString text = block(
        u"vars"_s, {SuiteVariables::baseUrlName() + u": "_s + SuiteVariables::defaultBaseUrl()});
    QStringList secrets;
    for (const PrincipalRef &principal : SuiteVariables::principals(project))
        secrets.append(SuiteVariables::nameOf(principal));
    if (!secrets.isEmpty())
        text += u"vars:secret [\n  "_s + secrets.join(u",\n  "_s) + u"\n]\n"_s;
    return text.toUtf8();
}

// The request's name as a file name on every system: no separators or
// characters Windows refuses, and a number when two names would meet.
QString BrunoCollectionWriter::fileName(const QString &requestName, const QStringList &taken)
{
    QString base;
    for (const QChar c : requestName.trimmed())
        base += QStringView(u"/\\:*?\"<>|").contains(c) || c.unicode() < 32 ? u'_' : c;
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"request"_s);
    QString name = base + u".bru"_s;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = u"%1 %2.bru"_s.arg(base).arg(n);
    return name;
}

} // namespace gatehouse
