#include "ExpectedBodyPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
std::optional<int> arrayIndex(const QString &segment)
{
    bool ok = false;
    const int index = segment.toInt(&ok);
    return ok && index >= 0 ? std::optional(index) : std::nullopt;
}

QString stringLiteral(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

QStringList ExpectedBodyPath::segments(const QString &path)
{
    return path.split(u'.');
}

std::optional<QJsonValue> ExpectedBodyPath::find(const QJsonValue &body, const QString &path)
{
    QJsonValue at = body;
    for (const QString &segment : segments(path)) {
        if (at.isObject() && at.toObject().contains(segment)) {
            at = at.toObject().value(segment);
        } else if (const auto index = arrayIndex(segment);
                   at.isArray() && index && *index < at.toArray().size()) {
            at = at.toArray().at(*index);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

QString ExpectedBodyPath::javaScriptAccessor(const QString &path)
{
    QString accessor;
    for (const QString &segment : segments(path)) {
        const auto index = arrayIndex(segment);
        accessor += u'[' + (index ? QString::number(*index) : stringLiteral(segment)) + u']';
    }
    return accessor;
}

} // namespace gatehouse
