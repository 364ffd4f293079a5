#include "AlertCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl {

void AlertCommand::addSignInOptions()
{
    addOptions({m_options.as, m_options.passwordStdin});
    requireOption(m_options.as);
}

Result<Credentials> AlertCommand::signIn(const QCommandLineParser &parser) const
{
    return identity::signInFrom(parser, m_options);
}

std::optional<int> AlertCommand::checkOneId(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() == 1)
        return std::nullopt;
    return complain(u"give exactly one alert ID (or a prefix of one)"_s, ExitUsage);
}

} // namespace custos::ctl
