/**
 * A problem's weight: how many distinct services share it — the reporting service plus every
 * service that endorsed it, each counted once.
 */
export const problemWeight = (
  reportingServiceId: number | null | undefined,
  endorsingServiceIds: readonly number[],
): number => {
  const services = new Set(endorsingServiceIds);
  if (reportingServiceId != null) services.add(reportingServiceId);
  return services.size;
};
