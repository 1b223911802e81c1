// libFuzzer entry point for the JSON config import: any bytes through
// ConfigReader. A config it accepts must write back (ConfigWriter) to one
// it accepts again, holding the same project. Any crash, sanitizer report,
// leak, hang or broken round trip is a finding.

#include "exchange/ConfigReader.h"
#include "exchange/ConfigWriter.h"

#include <cstdio>
#include <cstdlib>

using namespace gatehouse;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Project> read = ConfigReader::read(json, u"fuzz.json"_s);
    if (!read)
        return 0;
    const QByteArray written = ConfigWriter::write(read.value());
    const Result<Project> again = ConfigReader::read(written, u"fuzz.json"_s);
    if (!again) {
        std::fprintf(stderr, "an accepted config does not read back: %s\n%s\n",
                     qPrintable(again.errorMessage()), written.constData());
        std::abort();
    }
    if (ConfigWriter::write(again.value()) != written) {
        std::fprintf(stderr, "a config does not write back the same\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
