#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Pixetric::Test {

// A throwaway local-fabric folder under the temporary folder, reachable by the service account
// when the test runs as root. The destructor stops every compute of the fabric and removes the
// folder; a detached watchdog does the same if the test process dies first.
class TestFabric
{
public:
    TestFabric();
    ~TestFabric();
    TestFabric(const TestFabric &) = delete;
    TestFabric &operator=(const TestFabric &) = delete;

    bool isValid() const { return m_dir && m_dir->isValid(); }
    QString path() const { return m_dir ? m_dir->path() : QString(); }

    // Stops every server whose data folder lies in the fabric (immediate mode).
    void stopServers() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace Pixetric::Test
