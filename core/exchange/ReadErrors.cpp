#include "ReadErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

void ReadErrors::fail(const QString &where, const QString &message)
{
    if (!m_first.isEmpty())
        return;
    m_first = where.isEmpty() ? m_fileName + u": "_s + message
                              : u"%1: %2: %3"_s.arg(m_fileName, where, message);
}

} // namespace gatehouse
