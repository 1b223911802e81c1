#include "EngineThreads.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

EngineThreads::EngineThreads()
{
    m_pool.setMaxThreadCount(kThreads);
    m_pool.setObjectName(u"gatehouse-engine"_s);
}

EngineThreads::~EngineThreads()
{
    stopAndWait();
}

void EngineThreads::run(std::function<void()> work)
{
    m_pool.start(std::move(work));
}

void EngineThreads::stopAndWait()
{
    m_stopping = true;
    m_pool.waitForDone();
}

} // namespace gatehouse
