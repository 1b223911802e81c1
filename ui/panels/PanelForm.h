#pragma once

class QFormLayout;
class QWidget;

namespace gatehouse {

// The form every property panel lays its fields out in, so panels look alike.
class PanelForm
{
public:
    // A form on `panel`, its first row the panel's `title`.
    static QFormLayout *create(QWidget *panel, QWidget *title);
};

} // namespace gatehouse
