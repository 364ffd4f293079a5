#include "Command.h"

#include <QCoreApplication>

namespace custos::ctl {

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{}

void Command::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
}

void Command::addOptions(const QList<QCommandLineOption> &options)
{
    m_options.append(options);
}

void Command::requireOption(const QCommandLineOption &option)
{
    m_required.append(option);
}

void Command::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_positionals.append({name, description, syntax});
}

int Command::complain(const QString &message, int exitCode) const
{
    err() << "custosctl " << m_name << ": " << message << Qt::endl;
    return exitCode;
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, arguments))
        return *stop;
    return execute(parser);
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    if (!m_description.isEmpty())
        parser.setApplicationDescription(m_description);
    for (const Positional &positional : m_positionals)
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
    parser.addOptions(m_options);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("custosctl ") + m_name} + arguments))
        return complain(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser) << Qt::flush;
        return ExitOk;
    }
    if (const auto stop = checkRequired(parser))
        return stop;
    return checkPositionals(parser);
}

// Qt's usage line names the program as it was started (its path); it names the command instead,
// as KeePassXC's does: "Usage: custosctl evidence hold [options] action".
QString Command::helpText(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    const QString started = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
    if (text.startsWith(started))
        text.replace(0, started.size(), QStringLiteral("Usage: custosctl ") + m_name);
    return text;
}

// Names a missing option as its help does: "--store PATH is required".
std::optional<int> Command::checkRequired(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption &option : m_required) {
        if (parser.isSet(option))
            continue;
        const QString value =
            option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName();
        return complain(QStringLiteral("--%1%2 is required").arg(option.names().constLast(), value),
                        ExitUsage);
    }
    return std::nullopt;
}

std::optional<int> Command::checkPositionals(const QCommandLineParser &parser) const
{
    const QStringList given = parser.positionalArguments();
    if (!m_exactPositionals || given.size() == m_positionals.size())
        return std::nullopt;
    QStringList names;
    for (const Positional &positional : m_positionals)
        names.append(positional.name);
    const QString expected = names.isEmpty() ? QStringLiteral("no arguments") : names.join(QLatin1Char(' '));
    return complain(QStringLiteral("expected %1, got '%2'").arg(expected, given.join(QLatin1Char(' '))),
                    ExitUsage);
}

} // namespace custos::ctl
