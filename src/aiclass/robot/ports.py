"""Find the robot board on a USB serial port, or say clearly that none is there."""

from pathlib import Path

from serial.tools import list_ports

from aiclass.robot.errors import RobotError

# USB vendor ids of the boards and USB-serial chips found on classroom kits.
KNOWN_VENDORS = {
    0x0D28: "micro:bit (DAPLink)",
    0x303A: "ESP32 (Espressif USB)",
    0x10C4: "ESP32 (CP210x)",
    0x1A86: "ESP32 (CH340)",
    0x0403: "ESP32 (FTDI)",
}


def board_ports() -> list[str]:
    """Serial ports that look like a micro:bit or an ESP32, best first."""
    return [p.device for p in list_ports.comports() if p.vid in KNOWN_VENDORS]


def find_port(port: str | None = None) -> str:
    """The port to use: `port` if it exists, else the one board plugged in.

    Raises RobotError with a one-line reason when there is no board.
    """
    if port:
        known = {p.device for p in list_ports.comports()}
        if port in known or Path(port).exists():
            return port
        others = ", ".join(sorted(known)) or "none"
        raise RobotError(f"no board at {port}: is it plugged in? (serial ports now: {others})")
    found = board_ports()
    if not found:
        raise RobotError("no robot board found on USB: plug one in, or give --port")
    return found[0]
