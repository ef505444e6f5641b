/** An EPCIS ObjectEvent body as the batch routes take it (commissioning of fish sauce at Cái Rồng), with overrides. */
export const traceEvent = (overrides: Record<string, unknown> = {}) => ({
  event_type: "ObjectEvent",
  event_time: "2026-09-01T07:30:00+07:00",
  event_timezone: "+07:00",
  action: "ADD",
  biz_step: "commissioning",
  disposition: "active",
  read_point: "VN-QNVD-0007",
  note: "Ủ chượp tại xưởng Cái Rồng",
  outputs: [{ description: "Nước mắm cốt", quantity: 500, uom: "LTR" }],
  ...overrides,
})
