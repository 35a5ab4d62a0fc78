#include "perfprofiles.h"

#include <QJsonArray>

namespace eg::acceptance {

// pprofutils' folded stacks (code U), made by google/pprof's profile package: the first
// sample type, inlined functions expanded, frames aggregated by function name. We fold
// our first profile by frame name and compare every line; then the totals per sample
// type, where the expectation lists them (our profiles are one per sample type, in order).
void comparePprofUtils(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    if (imported.profiles.empty()) {
        problems->append(QStringLiteral("no profile"));
        return;
    }
    const store::ProfileData &data = imported.profiles.front().data;
    std::map<QString, double> folded;
    for (size_t i = 0; i < data.sampleCount(); ++i) {
        QStringList names;
        for (int32_t f : stackFramesRootFirst(data, data.sampleStack[i]))
            names << QString::fromStdString(data.frames[size_t(f)].name);
        if (!names.isEmpty() && data.sampleWeight[i] != 0)
            folded[names.join(QLatin1Char(';'))] += data.sampleWeight[i];
    }

    // The variant with the profile package's default options (no line numbers: our frames
    // are functions, not lines).
    const QJsonObject variants = expected.value(QStringLiteral("folded_variants")).toObject();
    QJsonObject variant;
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("options")).toString()
            == QLatin1String("(default)")) {
            variant = it.value().toObject();
            break;
        }
    }
    if (variant.isEmpty()) {
        problems->append(QStringLiteral("the expectation has no default folded variant"));
        return;
    }
    std::map<QString, double> peer;
    for (const QJsonValue &line : variant.value(QStringLiteral("folded")).toArray()) {
        const QString text = line.toString();
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
        peer[text.left(space)] += text.mid(space + 1).toDouble();
    }
    for (const auto &[stack, weight] : peer) {
        const auto mine = folded.find(stack);
        if (mine == folded.end() || !near(mine->second, weight))
            problems->append(
                QStringLiteral("\"%1 %2\": ours %3")
                    .arg(stack, num(weight),
                         mine == folded.end() ? QStringLiteral("absent") : num(mine->second)));
    }
    for (const auto &[stack, weight] : folded) {
        if (!peer.count(stack))
            problems->append(QStringLiteral("\"%1 %2\" is ours only").arg(stack, num(weight)));
    }

    const QJsonArray types = expected.value(QStringLiteral("sample_types")).toArray();
    const QJsonObject totals = expected.value(QStringLiteral("total_per_sample_type")).toObject();
    if (!types.isEmpty() && size_t(types.size()) != imported.profiles.size()) {
        problems->append(QStringLiteral("%1 profiles, expected one per sample type (%2)")
                             .arg(imported.profiles.size())
                             .arg(types.size()));
        return;
    }
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString type = types.at(i).toString();
        const ProfileFigures &mine = imported.profiles[size_t(i)];
        if (mine.name != type.section(QLatin1Char('/'), 0, 0))
            problems->append(QStringLiteral("profile %1 is \"%2\", expected \"%3\"")
                                 .arg(i + 1)
                                 .arg(mine.name, type));
        const double total = totals.value(type).toDouble();
        if (totals.contains(type) && !near(mine.totalWeight, total))
            problems->append(QStringLiteral("%1: total %2, expected %3")
                                 .arg(type, num(mine.totalWeight), num(total)));
    }
}

} // namespace eg::acceptance
