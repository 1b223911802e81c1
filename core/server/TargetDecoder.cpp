#include "TargetDecoder.h"

#include "engine/FormDecoder.h"

namespace gatehouse {

namespace {
// "http://host:port/path?q" -> "/path?q"; origin form unchanged.
std::optional<QByteArray> originForm(const QByteArray &target)
{
    if (target.startsWith('/'))
        return target;
    for (const QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (target.size() > scheme.size() &&
            target.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0) {
            const qsizetype slash = target.indexOf('/', scheme.size());
            const qsizetype question = target.indexOf('?', scheme.size());
            if (slash < 0 && question < 0)
                return QByteArrayLiteral("/");
            if (slash < 0 || (question >= 0 && question < slash))
                return '/' + target.mid(question);
            return target.mid(slash);
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<TargetDecoder::Target> TargetDecoder::decode(const QByteArray &target)
{
    const std::optional<QByteArray> origin = originForm(target);
    if (!origin)
        return std::nullopt;
    const qsizetype question = origin->indexOf('?');
    const QByteArray path = question < 0 ? *origin : origin->left(question);
    Target decoded;
    decoded.path = QString::fromUtf8(QByteArray::fromPercentEncoding(path));
    if (question >= 0)
        decoded.query = FormDecoder::decode(origin->mid(question + 1));
    return decoded;
}

} // namespace gatehouse
