#include "ui/settings/GatewaySettingsPage.h"

#include "ui/widgets/StatusLabel.h"

#include "gateway/GatewayOptions.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

GatewaySettingsPage::GatewaySettingsPage(QWidget *parent)
    : QWidget(parent)
{
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("gateway-current"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listen = new QLineEdit(QStringLiteral("127.0.0.1:8787"), this);
    m_listen->setObjectName(QStringLiteral("gateway-listen"));
    m_allowRemote = new QCheckBox(tr("Allow an address other than loopback (other machines could reach the "
                                     "gateway)"),
                                  this);
    m_allowRemote->setObjectName(QStringLiteral("gateway-allow-remote"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("gateway-apply"));
    m_message = new StatusLabel(QStringLiteral("gateway-message"), this);
    m_witness = new QLabel(tr("none"), this);
    m_witness->setObjectName(QStringLiteral("gateway-witness"));
    m_witness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_witness->setWordWrap(true);
    m_witness->setToolTip(
        tr("Every signed checkpoint is also appended to this file outside the store, so "
           "verification catches deleted checkpoints and a store rolled back. Start Custos "
           "with CUSTOS_WITNESS=FILE to keep it elsewhere, for example on a mounted share."));

    auto *form = new QFormLayout;
    form->addRow(tr("Listening on"), m_current);
    form->addRow(tr("Listen address"), m_listen);
    form->addRow(QString(), m_allowRemote);
    form->addRow(QString(), m_apply);
    form->addRow(tr("Checkpoint witness"), m_witness);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_apply, &QPushButton::clicked, this, &GatewaySettingsPage::requestChange);
}

void GatewaySettingsPage::setWitnessPath(const QString &path)
{
    m_witness->setText(path.isEmpty() ? tr("none: checkpoints are kept in the store only") : path);
}

void GatewaySettingsPage::setActor(bool mayChange)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_listen), static_cast<QWidget *>(m_allowRemote),
                            static_cast<QWidget *>(m_apply)})
        widget->setEnabled(mayChange);
}

void GatewaySettingsPage::setCurrentState(const QString &baseUrl, const QString &problem)
{
    m_current->setText(baseUrl.isEmpty() ? tr("not listening") : baseUrl);
    if (problem.isEmpty())
        m_message->showInfo(baseUrl.isEmpty() ? QString()
                                              : tr("Clients use %1/v1 as their base URL.").arg(baseUrl));
    else
        m_message->showProblem(problem);
}

bool GatewaySettingsPage::requestChange()
{
    auto options = GatewayOptions::fromListenSpec(m_listen->text().trimmed(), m_allowRemote->isChecked());
    if (!options) {
        m_message->showProblem(options.error().toString());
        return false;
    }
    Q_EMIT listenAddressRequested(m_listen->text().trimmed(), m_allowRemote->isChecked());
    return true;
}

QString GatewaySettingsPage::message() const
{
    return m_message->text();
}

} // namespace custos
