#include "JUnitReport.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::cli {

namespace {
QString seconds(double value)
{
    return QString::number(value, 'f', 3);
}
} // namespace

QByteArray JUnitReport::xml(const QString &suiteName, const QList<SuiteOutcome> &outcomes)
{
    const auto failures = std::count_if(outcomes.begin(), outcomes.end(),
                                        [](const SuiteOutcome &o) { return !o.passed(); });
    double total = 0;
    for (const SuiteOutcome &outcome : outcomes)
        total += outcome.seconds;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"gatehouse suite"_s);
    xml.writeAttribute(u"tests"_s, QString::number(outcomes.size()));
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"time"_s, seconds(total));
    xml.writeStartElement(u"testsuite"_s);
    xml.writeAttribute(u"name"_s, suiteName);
    xml.writeAttribute(u"tests"_s, QString::number(outcomes.size()));
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, u"0"_s);
    xml.writeAttribute(u"skipped"_s, u"0"_s);
    xml.writeAttribute(u"time"_s, seconds(total));
    for (const SuiteOutcome &outcome : outcomes) {
        xml.writeStartElement(u"testcase"_s);
        xml.writeAttribute(u"name"_s, outcome.name);
        xml.writeAttribute(u"classname"_s, suiteName);
        xml.writeAttribute(u"time"_s, seconds(outcome.seconds));
        if (!outcome.passed()) {
            xml.writeStartElement(u"failure"_s);
            xml.writeAttribute(u"message"_s, outcome.why);
            xml.writeAttribute(u"type"_s, u"unexpected answer"_s);
            xml.writeCharacters(outcome.line());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

Result<> JUnitReport::write(const QString &path, const QString &suiteName,
                            const QList<SuiteOutcome> &outcomes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml(suiteName, outcomes)) < 0 ||
        !file.commit())
        return Error{u"%1: cannot write the JUnit report (%2)"_s.arg(path, file.errorString()),
                     ErrorCode::FileAccess};
    return {};
}

} // namespace gatehouse::cli
