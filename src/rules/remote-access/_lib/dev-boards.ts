/**
 * USB vendor ids of microcontroller development boards (from the public usb.ids list): Arduino, Raspberry
 * Pi (RP2040 / Pico), Espressif (ESP32-S2/S3), STMicroelectronics (STM32), Adafruit, SparkFun and PJRC
 * Teensy (which ships under Van Ooijen's shared id). CircuitPython and Arduino HID sketches make these
 * boards a keyboard, a mouse and a storage drive at once: the IP-KVM shape, on a hobbyist's desk.
 */
const DEV_BOARD_VENDORS: ReadonlyMap<string, string> = new Map([
  ['2341', 'Arduino'],
  ['2a03', 'Arduino'],
  ['2e8a', 'Raspberry Pi (RP2040)'],
  ['303a', 'Espressif'],
  ['0483', 'STMicroelectronics'],
  ['239a', 'Adafruit'],
  ['1b4f', 'SparkFun'],
  ['16c0', 'Teensy (PJRC)'],
]);

/**
 * The development-board maker a USB vendor id belongs to, if any.
 *
 * @example
 * devBoardVendor('2E8A') // 'Raspberry Pi (RP2040)'
 * devBoardVendor('046d') // undefined
 */
export function devBoardVendor(vendorId: string | undefined): string | undefined {
  return vendorId === undefined ? undefined : DEV_BOARD_VENDORS.get(vendorId.toLowerCase());
}
