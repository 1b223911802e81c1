#include "HttpRequestParser.h"

#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

namespace http = boost::beast::http;
using boost::beast::error_code;
using boost::beast::string_view;

namespace {

QByteArray bytesOf(string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Collects one request into a ParsedRequest; Beast does the parsing and
// enforces the header and body size limits itself.
class MessageParser final : public http::basic_parser<true>
{
public:
    MessageParser(const ServerLimits &limits, qsizetype requestLineLength) : m_limits(limits)
    {
        eager(true);
        header_limit(std::uint32_t(limits.maxHeaderBytes + requestLineLength + 4));
        body_limit(std::uint64_t(std::max<qint64>(0, limits.maxBodyBytes)));
    }

    ParsedRequest request;
    bool tooManyHeaders = false;
    bool urlTooLong = false;
    QString framingProblem; // why the header cannot be trusted, as the 400 says

private:
    void on_request_impl(http::verb, string_view method, string_view target, int version,
                         error_code &ec) override
    {
        if (target.size() > std::size_t(m_limits.maxUrlLength)) {
            urlTooLong = true;
            ec = http::error::bad_target;
            return;
        }
        request.method = bytesOf(method);
        request.target = bytesOf(target);
        request.version = version;
    }

    void on_response_impl(int, string_view, int, error_code &ec) override
    {
        ec = http::error::bad_version;
    }

    void on_field_impl(http::field name, string_view nameText, string_view value,
                       error_code &ec) override
    {
        // RFC 9112 §7.1.2: trailer fields are read and dropped, so nothing
        // sent after the body (a token, a Host) can act as a header.
        if (is_header_done())
            return;
        if (request.headers.size() >= m_limits.maxHeaderCount) {
            tooManyHeaders = true;
            ec = http::error::header_limit;
            return;
        }
        if (name == http::field::content_length)
            ++m_contentLengths;
        if (name == http::field::transfer_encoding) {
            ++m_transferEncodings;
            m_transferEncoding = bytesOf(value).trimmed().toLower();
        }
        if (name == http::field::host)
            ++m_hosts;
        if (name == http::field::expect && bytesOf(value).toLower() == "100-continue")
            request.expectsContinue = true;
        request.headers.append({bytesOf(nameText), bytesOf(value)});
    }

    void on_header_impl(error_code &ec) override
    {
        framingProblem = checkFraming();
        if (!framingProblem.isEmpty()) {
            ec = http::error::bad_transfer_encoding;
            return;
        }
        request.keepAlive = keep_alive();
    }

    // Two framings for one body, or one the server does not implement, is
    // how requests get smuggled (RFC 9112 §6.1, §6.3): refuse them all.
    QString checkFraming() const
    {
        if (m_contentLengths > 1 || (m_contentLengths > 0 && m_transferEncodings > 0))
            return u"more than one Content-Length, or Content-Length with "
                   "Transfer-Encoding"_s;
        if (m_transferEncodings > 0 && request.version < 11)
            return u"Transfer-Encoding in an HTTP/1.0 request"_s;
        if (m_transferEncodings > 1 ||
            (m_transferEncodings == 1 && m_transferEncoding != "chunked"))
            return u"Transfer-Encoding other than `chunked`"_s;
        if (request.version >= 11 && m_hosts != 1)
            return m_hosts == 0 ? u"an HTTP/1.1 request without Host"_s
                                : u"more than one Host header"_s;
        return {};
    }

    void on_body_init_impl(const boost::optional<std::uint64_t> &length, error_code &) override
    {
        if (length)
            request.body.reserve(qsizetype(std::min<std::uint64_t>(*length, 1 << 20)));
    }

    std::size_t on_body_impl(string_view body, error_code &) override
    {
        request.body.append(body.data(), qsizetype(body.size()));
        return body.size();
    }

    void on_chunk_header_impl(std::uint64_t, string_view, error_code &) override {}

    std::size_t on_chunk_body_impl(std::uint64_t, string_view body, error_code &) override
    {
        return on_body_impl(body, m_unused);
    }

    void on_finish_impl(error_code &) override {}

    const ServerLimits &m_limits;
    int m_contentLengths = 0;
    int m_transferEncodings = 0;
    QByteArray m_transferEncoding;
    int m_hosts = 0;
    error_code m_unused;
};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// RFC 9112 §5.2: a line of the header that starts with a space or tab
// continues the one before (obs-fold). Beast would join them; we refuse.
// Beast takes whole fields from the front as they arrive, so the buffer
// may start at a line; an empty line there is the end of the header.
bool hasObsFold(const QByteArray &buffer)
{
    qsizetype end = buffer.startsWith("\r\n") ? 0 : buffer.indexOf("\r\n\r\n");
    end = end < 0 ? buffer.size() : end;
    for (qsizetype i = buffer.indexOf('\n'); i >= 0 && i + 1 < end;
         i = buffer.indexOf('\n', i + 1)) {
        const char next = buffer.at(i + 1);
        if (next == ' ' || next == '\t')
            return true;
    }
    return false;
}

constexpr qsizetype maxMethodLength = 32;
constexpr qsizetype versionAndLineEnd = 10; // " HTTP/1.1\r"

} // namespace

struct HttpRequestParser::Impl
{
    explicit Impl(const ServerLimits &limits) : limits(limits) {}

    enum class LineCheck
    {
        NeedMore,
        Ready,
        TooLong,
        Malformed
    };
    // Looks at the request line before Beast sees it, so a long URL is a
    // 414 as soon as it is longer than the limit, not a 431 later.
    LineCheck checkRequestLine(const QByteArray &buffer, qsizetype &lineLength) const;
    Progress fail(int status, const QString &message);
    Progress failFromBeast(const error_code &ec);

    const ServerLimits &limits;
    std::optional<MessageParser> parser;
    bool continueAnnounced = false;
    int status = 0;
    QString message;
};

HttpRequestParser::Impl::LineCheck
HttpRequestParser::Impl::checkRequestLine(const QByteArray &buffer, qsizetype &lineLength) const
{
    const qsizetype end = buffer.indexOf('\n');
    const qsizetype visible = end < 0 ? buffer.size() : end;
    const qsizetype space = buffer.indexOf(' ');
    const qsizetype methodEnd = space < 0 || space > visible ? visible : space;
    for (qsizetype i = 0; i < methodEnd; ++i) {
        if (!isTokenChar(buffer.at(i)))
            return LineCheck::Malformed;
    }
    if (methodEnd > maxMethodLength || (methodEnd == 0 && visible > 0))
        return LineCheck::Malformed;
    if (space >= 0 && space < visible) {
        const qsizetype targetEnd = buffer.indexOf(' ', space + 1);
        const qsizetype targetLength =
            (targetEnd < 0 || targetEnd > visible ? visible : targetEnd) - space - 1;
        if (targetLength > limits.maxUrlLength)
            return LineCheck::TooLong;
    }
    if (end < 0) {
        const bool overlong =
            buffer.size() > maxMethodLength + 1 + limits.maxUrlLength + versionAndLineEnd;
        return overlong ? LineCheck::TooLong : LineCheck::NeedMore;
    }
    lineLength = end + 1;
    return LineCheck::Ready;
}

HttpRequestParser::Progress HttpRequestParser::Impl::fail(int errorStatus,
                                                          const QString &errorMessage)
{
    status = errorStatus;
    message = errorMessage;
    parser.reset();
    return Progress::Failed;
}

HttpRequestParser::Progress HttpRequestParser::Impl::failFromBeast(const error_code &ec)
{
    if (parser->urlTooLong)
        return fail(414, u"Request URL longer than %1 bytes"_s.arg(limits.maxUrlLength));
    if (parser->tooManyHeaders)
        return fail(431, u"More than %1 request headers"_s.arg(limits.maxHeaderCount));
    if (ec == http::error::header_limit)
        return fail(431, u"Request headers larger than %1 bytes"_s.arg(limits.maxHeaderBytes));
    if (ec == http::error::body_limit)
        return fail(413, u"Request body larger than %1 bytes"_s.arg(limits.maxBodyBytes));
    if (!parser->framingProblem.isEmpty())
        return fail(400, u"Malformed HTTP request: "_s + parser->framingProblem);
    // Beast's own fixed wording ("bad target", "bad field"), never the input.
    return fail(400, u"Malformed HTTP request: %1"_s.arg(QString::fromStdString(ec.message())));
}

HttpRequestParser::HttpRequestParser(const ServerLimits &limits) : d(std::make_unique<Impl>(limits))
{
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Progress HttpRequestParser::feed(QByteArray &buffer)
{
    if (d->status != 0)
        return Progress::Failed;
    if (!d->parser) {
        // RFC 9112 §2.2: ignore empty lines before a request line.
        qsizetype blank = 0;
        while (blank < buffer.size() && (buffer.at(blank) == '\r' || buffer.at(blank) == '\n'))
            ++blank;
        buffer.remove(0, blank);
        if (buffer.isEmpty())
            return Progress::NeedMore;
        qsizetype lineLength = 0;
        switch (d->checkRequestLine(buffer, lineLength)) {
        case Impl::LineCheck::NeedMore:
            return Progress::NeedMore;
        case Impl::LineCheck::TooLong:
            return d->fail(414, u"Request URL longer than %1 bytes"_s.arg(d->limits.maxUrlLength));
        case Impl::LineCheck::Malformed:
            return d->fail(400, u"Malformed HTTP request: bad request line"_s);
        case Impl::LineCheck::Ready:
            d->parser.emplace(d->limits, lineLength);
            d->continueAnnounced = false;
            break;
        }
    }
    while (!buffer.isEmpty() && !d->parser->is_done()) {
        if (!d->parser->is_header_done() && hasObsFold(buffer))
            return d->fail(400, u"Malformed HTTP request: a folded header line (obs-fold)"_s);
        error_code ec;
        const std::size_t used = d->parser->put(
            boost::asio::const_buffer(buffer.constData(), std::size_t(buffer.size())), ec);
        buffer.remove(0, qsizetype(used));
        if (ec == http::error::need_more)
            return Progress::NeedMore;
        if (ec)
            return d->failFromBeast(ec);
        if (used == 0)
            break;
    }
    return d->parser->is_done() ? Progress::Complete : Progress::NeedMore;
}

ParsedRequest HttpRequestParser::take()
{
    ParsedRequest request = std::move(d->parser->request);
    d->parser.reset();
    return request;
}

bool HttpRequestParser::messageStarted() const
{
    return d->parser.has_value();
}

bool HttpRequestParser::headerDone() const
{
    return d->parser && d->parser->is_header_done();
}

bool HttpRequestParser::takeContinueRequest()
{
    if (!headerDone() || d->continueAnnounced || !d->parser->request.expectsContinue ||
        d->parser->is_done())
        return false;
    d->continueAnnounced = true;
    return true;
}

int HttpRequestParser::errorStatus() const
{
    return d->status;
}

QString HttpRequestParser::errorMessage() const
{
    return d->message;
}

} // namespace gatehouse
