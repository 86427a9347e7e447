using Frivillighed.TestSupport;

namespace Frivillighed.Events.Tests;

public sealed class EventsApiFactory(TestDatabase database) : ClockedServiceFactory<Program>(database, "eventsdb");
