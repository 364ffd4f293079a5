#include "ui/widgets/ConsoleHeader.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>

namespace custos {
namespace {

QLabel *headerLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Long store paths would widen the window: the home folder shows as ~ and the middle is elided;
// the tooltip keeps the whole path.
QString shortPath(const QString &path)
{
    constexpr qsizetype shownChars = 64;
    QString shown = QDir::toNativeSeparators(path);
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (home.size() > 1 && shown.startsWith(home + QDir::separator()))
        shown = u'~' + shown.mid(home.size());
    if (shown.size() > shownChars)
        shown = shown.left(shownChars / 2 - 1) + u'…' + shown.right(shownChars / 2);
    return shown;
}

} // namespace

ConsoleHeader::ConsoleHeader(QWidget *parent)
    : QFrame(parent)
    , m_dot(new QLabel(this))
    , m_gateway(headerLabel(QStringLiteral("headerGateway"), this))
    , m_store(headerLabel(QStringLiteral("headerStore"), this))
    , m_user(headerLabel(QStringLiteral("headerUser"), this))
{
    setObjectName(QStringLiteral("consoleHeader"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Console status"));
    m_dot->setObjectName(QStringLiteral("headerGatewayDot"));
    m_dot->setFixedSize(10, 10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 10, 5);
    layout->setSpacing(8);
    layout->addWidget(m_dot);
    layout->addWidget(m_gateway);
    layout->addSpacing(16);
    layout->addWidget(m_store, 1);
    layout->addSpacing(16);
    layout->addWidget(m_user);
    setGatewayState({});
    setStorePath({});
    setUser({}, {});
}

void ConsoleHeader::setGatewayState(const QString &baseUrl, const QString &problem)
{
    QString color = QStringLiteral("#8a8a8a");
    if (!problem.isEmpty() && !baseUrl.isEmpty()) { // a new address failed; the old one still serves
        m_gateway->setText(tr("Gateway listening on %1; the new address failed: %2").arg(baseUrl, problem));
        color = QStringLiteral("#a34800");
    } else if (!problem.isEmpty()) {
        m_gateway->setText(tr("Gateway not listening: %1").arg(problem));
        color = QStringLiteral("#b01b24");
    } else if (baseUrl.isEmpty()) {
        m_gateway->setText(tr("Gateway stopped"));
    } else {
        m_gateway->setText(tr("Gateway listening on %1").arg(baseUrl));
        color = QStringLiteral("#266e2f");
    }
    m_gateway->setToolTip(m_gateway->text());
    m_dot->setStyleSheet(QStringLiteral("background: %1; border-radius: 5px;").arg(color));
}

void ConsoleHeader::setStorePath(const QString &path)
{
    m_store->setText(tr("Store: %1").arg(path.isEmpty() ? tr("none open") : shortPath(path)));
    m_store->setToolTip(QDir::toNativeSeparators(path));
}

void ConsoleHeader::setUser(const QString &name, const QStringList &roles)
{
    m_user->setText(name.isEmpty() ? tr("Not signed in")
                                   : tr("Signed in as %1 (%2)").arg(name, roles.join(QStringLiteral(", "))));
}

QString ConsoleHeader::gatewayText() const
{
    return m_gateway->text();
}

QString ConsoleHeader::storeText() const
{
    return m_store->text();
}

QString ConsoleHeader::userText() const
{
    return m_user->text();
}

} // namespace custos
