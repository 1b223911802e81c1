#include "FormDecoder.h"

namespace gatehouse {

namespace {
QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}
} // namespace

QueryList FormDecoder::decode(const QByteArray &encoded)
{
    QueryList items;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            items.append({decodeComponent(pair), QString()});
        else
            items.append(
                {decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1))});
    }
    return items;
}

} // namespace gatehouse
