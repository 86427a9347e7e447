using Xunit;

namespace Frivillighed.TestSupport;

// What every API test class against one service shares: a database for the class (its tests share it) and the
// service, made fresh for each test (xunit makes an instance of the class per test) and disposed after it.
// A class adds its own setup by overriding InitializeAsync.
public abstract class ApiTests<TFactory>(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
    where TFactory : IAsyncDisposable
{
    protected TestDatabase Database { get; } = database;

    // WebApplicationFactory starts the service at its first client, so making it here costs nothing.
    protected TFactory Factory { get; } = (TFactory)Activator.CreateInstance(typeof(TFactory), database)!;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
