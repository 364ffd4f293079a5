#include "ui/policyeditor/ValidityIndicator.h"

#include <QVariant>

namespace custos {

namespace {

struct StateLook
{
    const char *name;
    const char *style;
};

StateLook lookOf(SourceValidity state)
{
    switch (state) {
    case SourceValidity::Busy:
        return {"busy", "background:#fdf3c8; color:#5c4a00;"};
    case SourceValidity::Invalid:
        return {"invalid", "background:#f8d7da; color:#7a1520;"};
    case SourceValidity::Valid:
        return {"valid", "background:#d4edda; color:#155724;"};
    case SourceValidity::Empty:
        break;
    }
    return {"empty", "border: 1px solid palette(mid); color: palette(window-text);"};
}

} // namespace

ValidityIndicator::ValidityIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("policyValidity"));
    setTextFormat(Qt::PlainText);
    setState(SourceValidity::Empty);
}

void ValidityIndicator::setState(SourceValidity state, int problemCount)
{
    if (state == m_state && problemCount == m_problemCount && !text().isEmpty())
        return; // restyling on every keystroke would cost a style pass each time
    m_state = state;
    m_problemCount = problemCount;
    const StateLook look = lookOf(state);
    setProperty("validity", QString::fromLatin1(look.name));
    setStyleSheet(QStringLiteral("QLabel { padding: 2px 8px; border-radius: 3px; %1 }")
                      .arg(QString::fromLatin1(look.style)));
    switch (state) {
    case SourceValidity::Empty:
        setText(tr("Empty"));
        break;
    case SourceValidity::Busy:
        setText(tr("Checking…"));
        break;
    case SourceValidity::Invalid:
        setText(tr("Invalid: %n problem(s)", nullptr, problemCount));
        break;
    case SourceValidity::Valid:
        setText(tr("Valid"));
        break;
    }
}

} // namespace custos
