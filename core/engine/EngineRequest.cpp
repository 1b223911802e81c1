#include "EngineRequest.h"

#include "FormDecoder.h"

namespace gatehouse {

QByteArray EngineRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString EngineRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

bool EngineRequest::hasQueryItem(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QByteArray EngineRequest::contentType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

EngineRequest EngineRequest::make(const QByteArray &method, const QString &target,
                                  const QByteArray &body, const HeaderList &headers)
{
    EngineRequest request;
    request.method = method;
    const QByteArray raw = target.toUtf8();
    const qsizetype question = raw.indexOf('?');
    const QByteArray path = question < 0 ? raw : raw.left(question);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(path));
    if (question >= 0)
        request.query = FormDecoder::decode(raw.mid(question + 1));
    request.headers = headers;
    request.body = body;
    return request;
}

} // namespace gatehouse
