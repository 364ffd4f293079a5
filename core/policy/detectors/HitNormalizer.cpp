#include "core/policy/detectors/HitNormalizer.h"

#include "core/policy/detectors/PhoneNumberCheck.h"

#include <QSet>

namespace custos {

namespace {

// Validators of numbers whose separators carry no meaning.
const QSet<QString> &digitValidators()
{
    static const QSet<QString> ids{
        QStringLiteral("payment_card"), QStringLiteral("us_ssn"), QStringLiteral("us_itin"),
        QStringLiteral("aba_routing"),  QStringLiteral("uk_nhs"), QStringLiteral("nl_bsn"),
        QStringLiteral("de_tax_id"),
    };
    return ids;
}

} // namespace

QString HitNormalizer::digitsOnly(std::string_view value)
{
    QString out;
    out.reserve(qsizetype(value.size()));
    for (char c : value)
        if (c >= '0' && c <= '9')
            out.append(QLatin1Char(c));
    return out;
}

QString HitNormalizer::normalize(const DetectorSpec &spec, std::string_view value,
                                 const PhoneNumberCheck *phone)
{
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size()));
    if (phone) {
        const std::string e164 = phone->check(value).e164;
        return e164.empty() ? text : QString::fromStdString(e164);
    }
    if (digitValidators().contains(spec.validator))
        return digitsOnly(value);
    if (spec.validator == u"iban") {
        QString out;
        for (QChar c : text)
            if (c.isLetterOrNumber())
                out.append(c.toUpper());
        return out;
    }
    if (spec.validator == u"email")
        return text.toLower();
    return text;
}

} // namespace custos
