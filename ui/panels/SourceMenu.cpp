#include "SourceMenu.h"

#include <QMenu>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using Source = ExpressionChecker::Source;

namespace {
// Deep enough for "Current User's company's owner's name"; a cycle of
// references (a User's manager's manager...) stops here.
constexpr int kMaxDepth = 6;

bool leadsOn(const Source &source)
{
    return source.type.isList || source.type.kind == expr::ValueType::Kind::Thing;
}
} // namespace

QString SourceMenu::label(const Source &source)
{
    return u"%1 (%2)"_s.arg(source.label, source.type.displayName());
}

bool SourceMenu::fits(const expr::ValueType &type, const std::optional<expr::ValueType> &wanted)
{
    return !wanted || type.fits(*wanted);
}

QToolButton *SourceMenu::button(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(u"\u2026"_s);
    button->setToolTip(toolTip);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    button->menu()->setToolTipsVisible(true);
    // The "…" says it opens a list; the menu arrow beside it only takes room.
    button->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0px; }"_s);
    return button;
}

void SourceMenu::fill(QMenu *menu, const ExpressionChecker::Context &context,
                      const std::optional<expr::ValueType> &wanted, const Chosen &chosen)
{
    for (const Source &source : ExpressionChecker::sources(context))
        addChoice(menu, context, source, wanted, chosen, 0);
}

void SourceMenu::addChoice(QMenu *menu, const ExpressionChecker::Context &context,
                           const Source &source, const std::optional<expr::ValueType> &wanted,
                           const Chosen &chosen, int depth)
{
    if (!leadsOn(source) || depth >= kMaxDepth) {
        if (fits(source.type, wanted))
            menu->addAction(label(source), menu, [chosen, text = source.text] { chosen(text); });
        return;
    }
    QMenu *next = menu->addMenu(label(source));
    next->setToolTipsVisible(true);
    // Filled as it opens: references may lead on without end.
    QObject::connect(next, &QMenu::aboutToShow, next, [=] {
        if (next->isEmpty())
            fillFollowing(next, context, source, wanted, chosen, depth + 1);
    });
}

void SourceMenu::fillFollowing(QMenu *menu, const ExpressionChecker::Context &context,
                               const Source &from, const std::optional<expr::ValueType> &wanted,
                               const Chosen &chosen, int depth)
{
    if (fits(from.type, wanted)) {
        menu->addAction(label({from.text, from.text, from.type}), menu,
                        [chosen, text = from.text] { chosen(text); });
        menu->addSeparator();
    }
    for (const Source &next : ExpressionChecker::following(context, from))
        addChoice(menu, context, next, wanted, chosen, depth);
}

} // namespace gatehouse
