namespace Frivillighed.ServiceDefaults;

// What a tag of a service's OpenAPI document is about, for readers of /docs and for generated clients.
public sealed record OpenApiTagDescription(string Name, string Description);
