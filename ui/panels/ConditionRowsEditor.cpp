#include "ConditionRowsEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using expr::ConditionRow;
using expr::ConditionRows;

namespace {
bool takesNoValue(const QString &op)
{
    return op.isEmpty() || op == u"is empty"_s || op == u"is not empty"_s;
}
} // namespace

ConditionRowsEditor::ConditionRowsEditor(QWidget *parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout),
      m_add(new QPushButton(tr("Add Condition"), this)), m_words(new QStringListModel(this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_add->setObjectName(u"addConditionRow"_s);
    m_add->setToolTip(tr("Add a row that must also hold (and), or may hold instead (or)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ConditionRow row;
        row.joiner = m_rows.isEmpty() ? ConditionRow::Joiner::None : ConditionRow::Joiner::And;
        row.op = u"is"_s;
        addRow(row);
        m_rows.last().source->setFocus();
        announce();
    });
}

bool ConditionRowsEditor::canShow(const QString &text)
{
    return text.trimmed().isEmpty() || ConditionRows::fromText(text).has_value();
}

bool ConditionRowsEditor::setText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        rebuild({});
        return true;
    }
    const auto rows = ConditionRows::fromText(text);
    if (!rows)
        return false;
    rebuild(*rows);
    return true;
}

QString ConditionRowsEditor::text() const
{
    return ConditionRows::toText(rows());
}

void ConditionRowsEditor::setCompletions(const QStringList &words)
{
    // Called after every edit of the document: the rows' completers share
    // this model, so new words reach them without new completers.
    if (words != m_words->stringList())
        m_words->setStringList(words);
}

void ConditionRowsEditor::rebuild(const expr::ConditionRowList &rows)
{
    while (!m_rows.isEmpty())
        delete m_rows.takeLast().container;
    for (const ConditionRow &row : rows)
        addRow(row);
}

QMenu *ConditionRowsEditor::sourceMenu(int row)
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    QMenu *menu = m_rows.at(row).pick->menu();
    fillSourceMenu(menu, m_rows.at(row).source);
    return menu;
}

void ConditionRowsEditor::fillSourceMenu(QMenu *menu, QLineEdit *source)
{
    menu->clear();
    const auto choose = [this, source](const QString &text) {
        source->setText(text);
        announce();
    };
    for (const ExpressionChecker::Source &choice : m_sources) {
        const QString label = u"%1 (%2)"_s.arg(choice.name, choice.type);
        if (choice.fields.isEmpty()) {
            menu->addAction(label, this, [=] { choose(choice.name); });
            continue;
        }
        QMenu *fields = menu->addMenu(label);
        fields->addAction(choice.name, this, [=] { choose(choice.name); });
        fields->addSeparator();
        for (const auto &[field, type] : choice.fields) {
            const QString text = u"%1's %2"_s.arg(choice.name, field);
            fields->addAction(u"'s %1 (%2)"_s.arg(field, type), this, [=] { choose(text); });
        }
    }
}

void ConditionRowsEditor::addRow(const ConditionRow &row)
{
    auto *container = new QWidget(this);
    RowWidgets widgets{container,
                       new QComboBox(container),
                       new QLineEdit(container),
                       new QToolButton(container),
                       new QComboBox(container),
                       new QLineEdit(container),
                       new QToolButton(container)};
    widgets.pick->setObjectName(u"pickSource"_s);
    widgets.remove->setObjectName(u"removeConditionRow"_s);
    widgets.pick->setText(u"\u2026"_s);
    widgets.pick->setToolTip(tr("Pick a data source, then one of its fields"));
    widgets.pick->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(widgets.pick);
    widgets.pick->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this,
            [this, menu, source = widgets.source] { fillSourceMenu(menu, source); });
    widgets.joiner->addItems({tr("and"), tr("or")});
    widgets.joiner->setCurrentIndex(row.joiner == ConditionRow::Joiner::Or ? 1 : 0);
    widgets.joiner->setVisible(!m_rows.isEmpty());
    widgets.joiner->setToolTip(tr("And: both rows must hold; or: either may"));
    widgets.source->setText(row.source);
    widgets.source->setPlaceholderText(tr("Current User's admin"));
    widgets.source->setToolTip(tr("What to test: a parameter, or a thing and its fields"));
    auto *completer = new QCompleter(m_words, widgets.source);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    widgets.source->setCompleter(completer);
    widgets.op->addItems(ConditionRows::operators());
    if (row.op.isEmpty())
        widgets.op->insertItem(0, tr("(is yes)"), QString());
    widgets.op->setCurrentIndex(row.op.isEmpty() ? 0 : widgets.op->findText(row.op));
    widgets.value->setText(row.value);
    widgets.value->setPlaceholderText(tr("yes, a number, \"text\", Current User"));
    widgets.remove->setText(u"\u2212"_s);
    widgets.remove->setToolTip(tr("Remove this row"));
    auto *line = new QHBoxLayout(container);
    line->setContentsMargins(0, 0, 0, 0);
    line->setSpacing(4);
    line->addWidget(widgets.joiner);
    line->addWidget(widgets.source, 3);
    line->addWidget(widgets.pick);
    line->addWidget(widgets.op);
    line->addWidget(widgets.value, 2);
    line->addWidget(widgets.remove);
    for (QComboBox *combo : {widgets.joiner, widgets.op}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == widgets.op ? 3 : 2);
    }
    widgets.source->setMinimumWidth(40);
    widgets.source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    widgets.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    widgets.value->setMinimumWidth(30);
    m_rowsLayout->addWidget(container);
    // A widget added to a visible parent stays hidden until told otherwise.
    container->show();
    m_rows.append(widgets);
    showValueFor(widgets);
    connect(widgets.source, &QLineEdit::textEdited, this, &ConditionRowsEditor::announce);
    connect(widgets.value, &QLineEdit::textEdited, this, &ConditionRowsEditor::announce);
    connect(widgets.joiner, &QComboBox::activated, this, &ConditionRowsEditor::announce);
    connect(widgets.op, &QComboBox::activated, this, [this, widgets] {
        showValueFor(widgets);
        announce();
    });
    connect(widgets.remove, &QToolButton::clicked, this, [this, container] {
        removeRow(container);
        announce();
    });
}

void ConditionRowsEditor::removeRow(QWidget *container)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container == container) {
            m_rows.removeAt(i);
            container->deleteLater();
            break;
        }
    }
    if (!m_rows.isEmpty())
        m_rows.first().joiner->hide();
}

void ConditionRowsEditor::showValueFor(const RowWidgets &row)
{
    row.value->setVisible(!takesNoValue(row.op->currentData().isValid()
                                            ? row.op->currentData().toString()
                                            : row.op->currentText()));
}

expr::ConditionRowList ConditionRowsEditor::rows() const
{
    expr::ConditionRowList out;
    for (const RowWidgets &widgets : m_rows) {
        ConditionRow row;
        row.joiner = out.isEmpty()                         ? ConditionRow::Joiner::None
                     : widgets.joiner->currentIndex() == 1 ? ConditionRow::Joiner::Or
                                                           : ConditionRow::Joiner::And;
        row.source = widgets.source->text().trimmed();
        row.op = widgets.op->currentData().isValid() ? widgets.op->currentData().toString()
                                                     : widgets.op->currentText();
        row.value = takesNoValue(row.op) ? QString() : widgets.value->text().trimmed();
        out.append(row);
    }
    return out;
}

void ConditionRowsEditor::announce()
{
    emit textEdited(text());
}

} // namespace gatehouse
