#include "TraceJsonText.h"

#include "Trace.h"

namespace gatehouse {

namespace {

const char *const kHex = "0123456789abcdef";

bool needsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

void appendEscaped(QByteArray &out, unsigned char byte)
{
    switch (byte) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    default:
        out += "\\u00";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xf];
    }
}

// RFC 8259 §7: the quotation mark, the reverse solidus and the control
// characters are escaped; everything else is UTF-8 as it is, appended a run
// of plain bytes at a time.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (!needsEscape(byte))
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        appendEscaped(out, byte);
        plainFrom = i + 1;
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out += '"';
}

void appendMember(QByteArray &out, const char *key, const QString &value, bool &first)
{
    if (!first)
        out += ',';
    first = false;
    out += '"';
    out += key;
    out += "\":";
    appendString(out, value);
}

void appendRef(QByteArray &out, const TraceRef &ref)
{
    out += "{";
    bool first = true;
    appendMember(out, "kind", TraceRef::kindId(ref.kind), first);
    if (!ref.workflow.isEmpty())
        appendMember(out, "workflow", ref.workflow, first);
    if (ref.step >= 0) {
        out += ",\"step\":";
        out += QByteArray::number(ref.step);
    }
    if (!ref.name.isEmpty())
        appendMember(out, "name", ref.name, first);
    if (!ref.dataType.isEmpty())
        appendMember(out, "type", ref.dataType, first);
    out += '}';
}

void appendStep(QByteArray &out, const TraceStep &step)
{
    out += '{';
    bool first = true;
    appendMember(out, "stage", Trace::stageId(step.stage), first);
    appendMember(out, "verdict", Trace::verdictId(step.verdict), first);
    appendMember(out, "reason", step.reason, first);
    appendMember(out, "subject", step.subject, first);
    if (!step.ref.isNone()) {
        out += ",\"ref\":";
        appendRef(out, step.ref);
    }
    out += '}';
}

} // namespace

QByteArray TraceJsonText::of(const Trace &trace)
{
    QByteArray out;
    out.reserve(160 * trace.steps().size() + 2);
    out += '[';
    for (qsizetype i = 0; i < trace.steps().size(); ++i) {
        if (i > 0)
            out += ',';
        appendStep(out, trace.steps()[i]);
    }
    out += ']';
    return out;
}

} // namespace gatehouse
