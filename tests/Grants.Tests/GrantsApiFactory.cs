using Frivillighed.TestSupport;

namespace Frivillighed.Grants.Tests;

public sealed class GrantsApiFactory(TestDatabase database) : ClockedServiceFactory<Program>(database, "grantsdb");
