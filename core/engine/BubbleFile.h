#pragma once

#include <QJsonValue>
#include <QString>

namespace gatehouse {

// A file parameter as Bubble takes one (bubble-api.md §3.2): a URL, or an
// upload {"filename", "contents" (base64, required), "private" (yes/no),
// "attach_to" (a thing's id, required when private)}. Bubble stores an
// upload and hands on its URL; Gatehouse keeps no files, so an upload
// becomes a `data:` URL that carries its contents.
class BubbleFile
{
public:
    // Replaces an upload in `value` by its URL; returns why it is not a
    // file, in Bubble's words, or an empty string.
    static QString read(const QString &key, QJsonValue &value);

private:
    static QString uploadProblem(const QJsonObject &upload);
};

} // namespace gatehouse
