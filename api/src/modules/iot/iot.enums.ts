/** What a device is; the third level of its topics, in lower case with dashes (`iot.protocol.ts`). */
export enum DeviceKind {
  METER = 'METER',
  SENSOR = 'SENSOR',
  FIRE_PANEL = 'FIRE_PANEL',
  GATE = 'GATE',
  PARKING_CAMERA = 'PARKING_CAMERA',
}

export enum DeviceStatus {
  /** May connect and publish. */
  ACTIVE = 'ACTIVE',
  /** Refused at connect; its messages (through an external broker) are rejected. */
  DISABLED = 'DISABLED',
}

/** Why a message or a connection was refused. */
export enum RejectionReason {
  /** Wrong secret, or a disabled device. */
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  /** Publish or subscribe outside its own topics: another device's, a wildcard, `$SYS`. */
  FORBIDDEN_TOPIC = 'FORBIDDEN_TOPIC',
  /** A retained message on a data topic. */
  RETAINED = 'RETAINED',
  /** Over its message rate. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** Not JSON, or not an object. */
  MALFORMED = 'MALFORMED',
  /** The topic names no registered device. */
  UNKNOWN_DEVICE = 'UNKNOWN_DEVICE',
  /** The topic's kind is not the device's. */
  TOPIC_MISMATCH = 'TOPIC_MISMATCH',
  /** A field of the wrong type, unit or range for its kind. */
  INVALID_VALUE = 'INVALID_VALUE',
}
