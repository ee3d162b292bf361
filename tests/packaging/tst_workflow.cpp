// SPDX-License-Identifier: GPL-3.0-or-later
// The CI workflow (.github/workflows/build.yml), read with yaml-cpp and held to what the project needs
// of it: the three systems build, test and package with warnings as errors, and Debian 13 builds and
// tests with its newer Qt; Windows and macOS check the deployed Qt runtime; each build job sums up its
// tests and installer in the run's summary, even when it fails; a tag v* attaches the three
// installers to a release; every action is pinned to a full commit SHA or an exact version; Qt is new
// enough for Qt's deploy API. actionlint (tests/packaging/actionlint) checks GitHub's own rules on top.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <functional>
#include <yaml-cpp/yaml.h>

namespace {

QString str(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

// A job's container image, written either as `container: IMAGE` or `container: {image: IMAGE}`.
QString containerImage(const YAML::Node &job)
{
    const YAML::Node container = job["container"];
    if (!container) {
        return QString();
    }
    return container.IsMap() ? str(container["image"]) : str(container);
}

bool versionAtLeast(const QString &version, int major, int minor, int patch)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    const int v[3] = {parts.value(0).toInt(), parts.value(1).toInt(), parts.value(2).toInt()};
    const int w[3] = {major, minor, patch};
    for (int i = 0; i < 3; ++i) {
        if (v[i] != w[i]) {
            return v[i] > w[i];
        }
    }
    return true;
}

// Every step of every job, with the job's id.
void forEachStep(const YAML::Node &jobs, const std::function<void(const QString &, const YAML::Node &)> &visit)
{
    for (const auto &job : jobs) {
        const YAML::Node steps = job.second["steps"];
        if (steps && steps.IsSequence()) {
            for (const auto &step : steps) {
                visit(QString::fromStdString(job.first.as<std::string>()), step);
            }
        }
    }
}

QStringList workflowProblems(const YAML::Node &root)
{
    QStringList problems;
    auto need = [&problems](bool ok, const QString &problem) {
        if (!ok) {
            problems << problem;
        }
    };
    const YAML::Node on = root["on"];
    bool tagTrigger = false;
    if (on && on["push"] && on["push"]["tags"]) {
        for (const auto &tag : on["push"]["tags"]) {
            tagTrigger = tagTrigger || str(tag) == QLatin1String("v*");
        }
    }
    need(tagTrigger, QStringLiteral("on.push.tags does not include 'v*'"));
    need(on && on["pull_request"], QStringLiteral("pull requests are not built"));
    need(str(root["permissions"]["contents"]) == QLatin1String("read"),
         QStringLiteral("the workflow's default permissions are not contents: read"));

    const YAML::Node jobs = root["jobs"];
    if (!jobs || !jobs.IsMap()) {
        return problems << QStringLiteral("no jobs");
    }
    struct Build
    {
        const char *job;
        const char *runner;
        const char *generator;
        const char *suffix;
        bool configures;     // runs cmake -S itself (Linux: scripts/setup.sh configures with -DMYELIN_WERROR=ON)
        QStringList runtime; // files of the deployed Qt runtime the job checks for in its install tree
    };
    const QStringList windowsRuntime = {QStringLiteral("Qt6Core.dll"), QStringLiteral("QtWebEngineProcess.exe")};
    const QStringList macosRuntime = {QStringLiteral("QtCore.framework")};
    const Build builds[] = {{"linux", "ubuntu-", "DEB", ".deb", false, {}},
                            {"windows", "windows-", "NSIS", ".exe", true, windowsRuntime},
                            {"macos", "macos-", "DragNDrop", ".dmg", true, macosRuntime}};
    for (const Build &build : builds) {
        const QString name = QLatin1String(build.job);
        const YAML::Node job = jobs[build.job];
        if (!job) {
            problems << QStringLiteral("no job '%1'").arg(name);
            continue;
        }
        const QString runner = str(job["runs-on"]);
        need(runner.startsWith(QLatin1String(build.runner)) && !runner.endsWith(QLatin1String("-latest")),
             QStringLiteral("job %1 runs on '%2', not a fixed %3* image")
                 .arg(name, runner, QLatin1String(build.runner)));
        need(job["timeout-minutes"].IsDefined(), QStringLiteral("job %1 has no timeout-minutes").arg(name));
        bool tests = false;
        bool packages = false;
        bool uploads = false;
        int configures = 0;
        int configuresWerror = 0;
        bool summary = false;
        bool summaryAlways = false;
        QStringList runtimeUnchecked = build.runtime;
        bool installs = false;
        for (const auto &step : job["steps"]) {
            const QString run = str(step["run"]);
            tests = tests || run.contains(QLatin1String("ctest")) || run.contains(QLatin1String("setup.sh test"));
            packages = packages || run.contains(QStringLiteral("cpack -G %1").arg(QLatin1String(build.generator)));
            uploads = uploads || (str(step["uses"]).startsWith(QLatin1String("actions/upload-artifact@")) &&
                                  str(step["with"]["path"]).endsWith(QLatin1String(build.suffix)));
            if (run.contains(QLatin1String("cmake -S"))) {
                ++configures;
                configuresWerror += run.contains(QLatin1String("-DMYELIN_WERROR=ON")) ? 1 : 0;
            }
            if (run.contains(QLatin1String("GITHUB_STEP_SUMMARY"))) {
                summary = true;
                summaryAlways = summaryAlways || str(step["if"]).contains(QLatin1String("always()"));
            }
            if (run.contains(QLatin1String("cmake --install"))) {
                installs = true;
                for (const QString &file : build.runtime) {
                    if (run.contains(file)) {
                        runtimeUnchecked.removeAll(file);
                    }
                }
            }
        }
        need(tests, QStringLiteral("job %1 runs no tests").arg(name));
        need(packages, QStringLiteral("job %1 does not run cpack -G %2").arg(name, QLatin1String(build.generator)));
        need(uploads, QStringLiteral("job %1 does not upload its %2").arg(name, QLatin1String(build.suffix)));
        if (build.configures) {
            need(configures > 0 && configuresWerror == configures,
                 QStringLiteral("job %1 configures without -DMYELIN_WERROR=ON (warnings must be errors)").arg(name));
        }
        need(summary, QStringLiteral("job %1 writes no summary to GITHUB_STEP_SUMMARY").arg(name));
        need(!summary || summaryAlways,
             QStringLiteral("job %1 writes its summary only on success (the step needs if: always())").arg(name));
        if (!build.runtime.isEmpty()) {
            need(installs && runtimeUnchecked.isEmpty(),
                 QStringLiteral("job %1 does not check that cmake --install deploys the Qt runtime (%2)")
                     .arg(name, build.runtime.join(QLatin1String(", "))));
        }
    }

    // Debian 13 and its newer Qt (6.8): the same build and tests as Debian 12's job.
    bool debian13 = false;
    for (const auto &job : jobs) {
        if (containerImage(job.second) == QLatin1String("debian:13")) {
            for (const auto &step : job.second["steps"]) {
                debian13 = debian13 || str(step["run"]).contains(QLatin1String("setup.sh test"));
            }
        }
    }
    need(debian13, QStringLiteral("no job runs scripts/setup.sh test in a debian:13 container (Qt 6.8)"));

    const YAML::Node release = jobs["release"];
    if (!release) {
        problems << QStringLiteral("no job 'release'");
    } else {
        need(str(release["if"]).contains(QLatin1String("startsWith(github.ref, 'refs/tags/v')")),
             QStringLiteral("the release job does not run only on v* tags"));
        QStringList needs;
        for (const auto &item : release["needs"]) {
            needs << str(item);
        }
        if (release["needs"].IsScalar()) {
            needs << str(release["needs"]);
        }
        needs.sort();
        // The three installers' jobs, and optionally the Debian 13 build; nothing else.
        QStringList others = needs;
        for (const char *build : {"linux", "linux-qt68", "macos", "windows"}) {
            others.removeAll(QLatin1String(build));
        }
        need(needs.contains(QLatin1String("linux")) && needs.contains(QLatin1String("macos")) &&
                 needs.contains(QLatin1String("windows")) && others.isEmpty(),
             QStringLiteral("the release job needs [%1], not all three builds (and optionally linux-qt68)")
                 .arg(needs.join(QLatin1String(", "))));
        need(str(release["permissions"]["contents"]) == QLatin1String("write"),
             QStringLiteral("the release job cannot write the release (permissions: contents: write)"));
        bool downloads = false;
        bool publishes = false;
        for (const auto &step : release["steps"]) {
            downloads = downloads || str(step["uses"]).startsWith(QLatin1String("actions/download-artifact@"));
            publishes = publishes || str(step["run"]).contains(QLatin1String("gh release create"));
        }
        need(downloads && publishes, QStringLiteral("the release job does not fetch the installers and publish them"));
    }

    // Every action pinned: owner/repo[/path]@<40 hex digits> or @vX.Y.Z; local actions are in the repo.
    static const QRegularExpression pinned(
        QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@([0-9a-f]{40}|v\\d+\\.\\d+\\.\\d+)$"));
    QString qtVersion;
    forEachStep(jobs, [&](const QString &job, const YAML::Node &step) {
        const QString uses = str(step["uses"]);
        if (uses.isEmpty() || uses.startsWith(QLatin1String("./"))) {
            return;
        }
        need(pinned.match(uses).hasMatch(),
             QStringLiteral("job %1: '%2' is not pinned to a full commit SHA or exact version").arg(job, uses));
        if (uses.startsWith(QLatin1String("jurplel/install-qt-action@"))) {
            qtVersion = str(step["with"]["version"]);
            if (qtVersion == QLatin1String("${{ env.QT_VERSION }}")) {
                qtVersion = str(root["env"]["QT_VERSION"]);
            }
            need(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(qtVersion).hasMatch(),
                 QStringLiteral("job %1 installs Qt '%2', not an exact version").arg(job, qtVersion));
            need(versionAtLeast(qtVersion, 6, 5, 1),
                 QStringLiteral("job %1 installs Qt %2; Qt's deploy API needs 6.5.1 or later").arg(job, qtVersion));
        }
    });
    for (const auto &job : jobs) {
        if (job.second["container"]) {
            const QString image = containerImage(job.second);
            need(!image.endsWith(QLatin1String(":latest")) && image.contains(QLatin1Char(':')),
                 QStringLiteral("container image '%1' is not a fixed release").arg(image));
        }
    }
    return problems;
}

YAML::Node loadWorkflow()
{
    return YAML::LoadFile(MYELIN_SOURCE_DIR "/.github/workflows/build.yml");
}

// The step of a job whose run: contains text, or a null node.
YAML::Node stepRunning(YAML::Node job, const char *text)
{
    for (auto step : job["steps"]) {
        if (str(step["run"]).contains(QLatin1String(text))) {
            return step;
        }
    }
    return YAML::Node(YAML::NodeType::Null);
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void theWorkflowMeetsEveryRule()
    {
        YAML::Node root;
        try {
            root = loadWorkflow();
        } catch (const YAML::Exception &error) {
            QFAIL(qPrintable(QStringLiteral(".github/workflows/build.yml: %1").arg(QString::fromUtf8(error.what()))));
        }
        const QStringList problems = workflowProblems(root);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks are real: each broken copy of the workflow is caught, with the problem named.
    void brokenWorkflowsAreCaught_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unpinned action") << "unpinned"
                                         << "'actions/checkout@v4' is not pinned";
        QTest::newRow("branch-pinned action") << "branch"
                                              << "is not pinned";
        QTest::newRow("no tag trigger") << "notag"
                                        << "on.push.tags";
        QTest::newRow("release without windows") << "needs"
                                                 << "not all three builds";
        QTest::newRow("release on every push") << "releaseif"
                                               << "only on v* tags";
        QTest::newRow("Qt too old to deploy") << "oldqt"
                                              << "needs 6.5.1 or later";
        QTest::newRow("macOS not packaged") << "nodmg"
                                            << "job macos does not run cpack -G DragNDrop";
        QTest::newRow("moving runner image") << "latest"
                                             << "not a fixed ubuntu-* image";
        QTest::newRow("macOS warnings not errors") << "nowerror-macos"
                                                   << "job macos configures without -DMYELIN_WERROR=ON";
        QTest::newRow("Windows warnings not errors") << "nowerror-windows"
                                                     << "job windows configures without -DMYELIN_WERROR=ON";
        QTest::newRow("no Windows summary") << "nosummary"
                                            << "job windows writes no summary to GITHUB_STEP_SUMMARY";
        QTest::newRow("summary only on success") << "summarysuccess"
                                                 << "job linux writes its summary only on success";
        QTest::newRow("no Debian 13 job") << "nodebian13"
                                          << "no job runs scripts/setup.sh test in a debian:13 container";
        QTest::newRow("Debian 13 job without tests") << "debian13notest"
                                                     << "no job runs scripts/setup.sh test in a debian:13 container";
        QTest::newRow("Windows Qt runtime unchecked") << "noruntime"
                                                      << "job windows does not check that cmake --install deploys";
        QTest::newRow("release needs a stranger") << "needsother"
                                                  << "not all three builds";
    }

    // The release may wait for the Debian 13 build too, or not: both are fine.
    void releaseMayOrMayNotWaitForDebian13()
    {
        for (const bool waits : {true, false}) {
            YAML::Node root = YAML::Clone(loadWorkflow());
            YAML::Node needs(YAML::NodeType::Sequence);
            for (const char *job : {"windows", "linux", "macos"}) {
                needs.push_back(job);
            }
            if (waits) {
                needs.push_back("linux-qt68");
            }
            root["jobs"]["release"]["needs"] = needs;
            const QStringList problems = workflowProblems(root);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void brokenWorkflowsAreCaught()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, problem);
        YAML::Node root = YAML::Clone(loadWorkflow());
        YAML::Node jobs = root["jobs"];
        if (breakage == QLatin1String("unpinned")) {
            jobs["linux"]["steps"][1]["uses"] = "actions/checkout@v4";
        } else if (breakage == QLatin1String("branch")) {
            jobs["macos"]["steps"][0]["uses"] = "actions/checkout@main";
        } else if (breakage == QLatin1String("notag")) {
            root["on"]["push"].remove("tags");
        } else if (breakage == QLatin1String("needs")) {
            YAML::Node needs(YAML::NodeType::Sequence);
            needs.push_back("linux");
            needs.push_back("macos");
            jobs["release"]["needs"] = needs;
        } else if (breakage == QLatin1String("releaseif")) {
            jobs["release"]["if"] = "always()";
        } else if (breakage == QLatin1String("oldqt")) {
            root["env"]["QT_VERSION"] = "6.4.2";
        } else if (breakage == QLatin1String("nodmg")) {
            for (auto step : jobs["macos"]["steps"]) {
                if (str(step["run"]).contains(QLatin1String("cpack"))) {
                    step["run"] = "echo skipped";
                }
            }
        } else if (breakage == QLatin1String("latest")) {
            jobs["linux"]["runs-on"] = "ubuntu-latest";
        } else if (breakage == QLatin1String("nowerror-macos") || breakage == QLatin1String("nowerror-windows")) {
            YAML::Node step = stepRunning(jobs[breakage == QLatin1String("nowerror-macos") ? "macos" : "windows"],
                                          "-DMYELIN_WERROR=ON");
            QVERIFY2(step.IsMap(), "no configure step with -DMYELIN_WERROR=ON to break");
            step["run"] = str(step["run"]).remove(QLatin1String("-DMYELIN_WERROR=ON")).toStdString();
        } else if (breakage == QLatin1String("nosummary")) {
            YAML::Node step = stepRunning(jobs["windows"], "GITHUB_STEP_SUMMARY");
            QVERIFY2(step.IsMap(), "no summary step to break");
            step["run"] = "echo no summary";
        } else if (breakage == QLatin1String("summarysuccess")) {
            YAML::Node step = stepRunning(jobs["linux"], "GITHUB_STEP_SUMMARY");
            QVERIFY2(step.IsMap(), "no summary step to break");
            step.remove("if");
        } else if (breakage == QLatin1String("nodebian13") || breakage == QLatin1String("debian13notest")) {
            for (auto job : jobs) {
                if (containerImage(job.second) != QLatin1String("debian:13")) {
                    continue;
                }
                if (breakage == QLatin1String("nodebian13")) {
                    job.second["container"] = "debian:12"; // either form of container:
                } else {
                    YAML::Node step = stepRunning(job.second, "setup.sh test");
                    QVERIFY2(step.IsMap(), "no setup.sh test step to break");
                    step["run"] = "./scripts/setup.sh run";
                }
            }
        } else if (breakage == QLatin1String("noruntime")) {
            YAML::Node step = stepRunning(jobs["windows"], "QtWebEngineProcess.exe");
            QVERIFY2(step.IsMap(), "no runtime check to break");
            step["run"] = "cmake --install build --prefix staging";
        } else if (breakage == QLatin1String("needsother")) {
            jobs["release"]["needs"].push_back("lint");
        }
        const QStringList problems = workflowProblems(root);
        QVERIFY2(
            problems.join(QLatin1Char('\n')).contains(problem),
            qPrintable(QStringLiteral("expected '%1' among: %2").arg(problem, problems.join(QLatin1String("; ")))));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
