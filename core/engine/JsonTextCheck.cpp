#include "JsonTextCheck.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace {
bool isCleanValue(const QJsonValue &value)
{
    if (value.isString())
        return JsonTextCheck::isCleanText(value.toString());
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        return std::all_of(items.begin(), items.end(), isCleanValue);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!JsonTextCheck::isCleanText(it.key()) || !isCleanValue(it.value()))
                return false;
        }
    }
    return true;
}
} // namespace

bool JsonTextCheck::isCleanText(const QString &text)
{
    return !text.contains(QChar(0)) && QStringView(text).isValidUtf16();
}

QString JsonTextCheck::firstUncleanKey(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isCleanText(it.key()) || !isCleanValue(it.value()))
            return isCleanText(it.key()) ? it.key() : u"(a key that is not clean text)"_s;
    }
    return {};
}

QString JsonTextCheck::problemFor(const QString &key)
{
    return u"Invalid data for key %1: the text holds a NUL character or an unpaired surrogate"_s
        .arg(key);
}

} // namespace gatehouse
