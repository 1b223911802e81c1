#include "ProblemsPanel.h"

#include "models/ProblemsModel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ProblemsPanel::ProblemsPanel(ProjectProblems *problems, QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(problems, this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(u"problemsView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::PlaceColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(ProblemsModel::PlaceColumn, 260);
    m_view->setToolTip(tr("Every problem gatehouse-cli validate finds; click one to go to it"));
    auto show = [this](const QModelIndex &index) {
        if (index.isValid())
            emit problemActivated(m_model->diagnostic(index.row()));
    };
    connect(m_view, &QTreeView::clicked, this, show);
    connect(m_view, &QTreeView::activated, this, show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace gatehouse
