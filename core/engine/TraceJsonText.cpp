#include "TraceJsonText.h"

#include "Trace.h"

namespace gatehouse {

namespace {

const char *const kHex = "0123456789abcdef";

// Writes one UTF-16 code point's JSON form at `p`, at most 6 bytes for a
// unit (an escape), or 4 for a surrogate pair; returns where it ends.
char *writeEscaped(char *p, char16_t unit)
{
    *p++ = '\\';
    switch (unit) {
    case u'"':
        *p++ = '"';
        break;
    case u'\\':
        *p++ = '\\';
        break;
    case u'\n':
        *p++ = 'n';
        break;
    case u'\r':
        *p++ = 'r';
        break;
    case u'\t':
        *p++ = 't';
        break;
    case u'\b':
        *p++ = 'b';
        break;
    case u'\f':
        *p++ = 'f';
        break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[unit >> 4];
        *p++ = kHex[unit & 0xf];
    }
    return p;
}

char *writeUtf8(char *p, char32_t code)
{
    if (code < 0x800) {
        *p++ = char(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
        *p++ = char(0xe0 | (code >> 12));
        *p++ = char(0x80 | ((code >> 6) & 0x3f));
    } else {
        *p++ = char(0xf0 | (code >> 18));
        *p++ = char(0x80 | ((code >> 12) & 0x3f));
        *p++ = char(0x80 | ((code >> 6) & 0x3f));
    }
    *p++ = char(0x80 | (code & 0x3f));
    return p;
}

// RFC 8259 §7: the quotation mark, the reverse solidus and the control
// characters are escaped; everything else is written as UTF-8, a lone
// surrogate as U+FFFD (as QString::toUtf8() does), straight into `out`.
void appendString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *const begin = out.data() + start;
    char *p = begin;
    *p++ = '"';
    const auto *unit = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = unit + text.size();
    for (; unit < end; ++unit) {
        const char16_t c = *unit;
        if (c < 0x80) {
            if (c < 0x20 || c == u'"' || c == u'\\')
                p = writeEscaped(p, c);
            else
                *p++ = char(c);
        } else if (QChar::isHighSurrogate(c) && unit + 1 < end && QChar::isLowSurrogate(unit[1])) {
            p = writeUtf8(p, QChar::surrogateToUcs4(c, unit[1]));
            ++unit;
        } else if (QChar::isSurrogate(c)) {
            p = writeUtf8(p, QChar::ReplacementCharacter);
        } else {
            p = writeUtf8(p, c);
        }
    }
    *p++ = '"';
    out.resize(start + (p - begin));
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
    qsizetype bound = 2;
    for (const TraceStep &step : trace.steps()) {
        const TraceRef &ref = step.ref;
        bound += 160 + 6 * (step.reason.size() + step.subject.size() + ref.workflow.size() +
                            ref.name.size() + ref.dataType.size());
    }
    out.reserve(bound); // every string's worst case: one resize, no reallocation
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
