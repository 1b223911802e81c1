#include "BubbleFile.h"

#include <QJsonObject>
#include <QMimeDatabase>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

QString BubbleFile::read(const QString &key, QJsonValue &value)
{
    if (value.isString())
        return {};
    const QString prefix = u"Invalid data for key %1: "_s.arg(key);
    if (!value.isObject())
        return prefix + u"Expected a file (a URL, or an object with filename and contents)"_s;
    const QJsonObject upload = value.toObject();
    if (const QString problem = uploadProblem(upload); !problem.isEmpty())
        return prefix + problem;
    const QString filename = upload.value(u"filename"_s).toString();
    const QString type =
        QMimeDatabase().mimeTypeForFile(filename, QMimeDatabase::MatchExtension).name();
    value = u"data:%1;name=%2;base64,%3"_s.arg(
        type, QString::fromLatin1(QUrl::toPercentEncoding(filename)),
        upload.value(u"contents"_s).toString());
    return {};
}

QString BubbleFile::uploadProblem(const QJsonObject &upload)
{
    const QJsonValue contents = upload.value(u"contents"_s);
    if (!contents.isString() || contents.toString().isEmpty())
        return u"a file needs its contents, in base64"_s;
    const auto decoded = QByteArray::fromBase64Encoding(contents.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return u"the file's contents are not base64"_s;
    const QJsonValue filename = upload.value(u"filename"_s);
    if (!filename.isUndefined() && !filename.isString())
        return u"the file's filename must be text"_s;
    const QJsonValue isPrivate = upload.value(u"private"_s);
    if (!isPrivate.isUndefined() && !isPrivate.isBool())
        return u"the file's private must be true or false"_s;
    const QJsonValue attachTo = upload.value(u"attach_to"_s);
    if (isPrivate.toBool() && (!attachTo.isString() || attachTo.toString().isEmpty()))
        return u"a private file needs attach_to, the id of the thing it belongs to"_s;
    return {};
}

} // namespace gatehouse
