#include "RequestCheck.h"

#include "engine/FormDecoder.h"
#include "engine/ParameterReader.h"
#include "model/Project.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
const QString kWorkflowPrefix = u"/api/1.1/wf/"_s;

bool looksLikeForm(const QString &body)
{
    static const QRegularExpression form(u"^[^\\s=&{}\\[\\]\"]+=[^\\s]*$"_s);
    return form.match(body).hasMatch();
}
} // namespace

Result<QByteArray> RequestCheck::contentType(const QString &body)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QByteArray();
    QJsonParseError error;
    QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return QByteArray("application/json");
    if (looksLikeForm(trimmed))
        return QByteArray("application/x-www-form-urlencoded");
    return Error{u"the body is neither JSON (%1 at offset %2) nor a form (key=value&…)"_s
                     .arg(error.errorString())
                     .arg(error.offset)};
}

QString RequestCheck::parameterProblem(const Project &project, const QString &path,
                                       const QString &body,
                                       const QList<std::pair<QString, QString>> &query)
{
    if (!path.startsWith(kWorkflowPrefix))
        return {};
    const QString name = QUrl::fromPercentEncoding(path.mid(kWorkflowPrefix.size()).toUtf8());
    const Workflow *workflow = project.findWorkflow(name);
    if (!workflow)
        return {};
    ParameterReader::Source source;
    const QString trimmed = body.trimmed();
    const Result<QByteArray> type = contentType(trimmed);
    if (workflow->parameterSource == ParameterSource::Querystring)
        source = ParameterReader::fromPairs(query);
    else if (type && type.value() == "application/x-www-form-urlencoded")
        source = ParameterReader::fromPairs(FormDecoder::decode(trimmed.toUtf8()));
    else
        source.values = QJsonDocument::fromJson(trimmed.toUtf8()).object();
    for (const Parameter &parameter : workflow->parameters) {
        if (!source.values.contains(parameter.key))
            continue;
        QJsonValue value = source.values.value(parameter.key);
        const QString problem =
            ParameterReader::convert(parameter.key, parameter.type, value, source.fromText);
        if (!problem.isEmpty())
            return u"parameter `%1` of workflow `%2`: %3"_s.arg(parameter.key, name, problem);
    }
    return {};
}

} // namespace gatehouse
