"""Copy the firmware onto a board over USB serial, with mpremote's serial transport.

MicroPython itself must be on the board first: for the micro:bit, flash the MicroPython
.hex (python.microbit.org, its offline app, or `uflash`); for the ESP32, esptool.
"""

from collections.abc import Callable

from aiclass.robot.boards import firmware_files, get_board
from aiclass.robot.errors import RobotError
from aiclass.robot.ports import find_port

MICROBIT_FIRST = (
    "MicroPython must be on the micro:bit first: copy the MicroPython .hex onto "
    "the MICROBIT drive (from python.microbit.org or its offline app, or run "
    "`uflash`); this command then copies the robot files"
)
ESP32_FIRST = (
    "MicroPython must be on the ESP32 first: write the ESP32_GENERIC firmware with "
    "`esptool.py write_flash 0x1000 firmware.bin`; this command then copies the "
    "robot files"
)


def micropython_first(board: str) -> str:
    """What to do when the board has no MicroPython yet."""
    return MICROBIT_FIRST if board == "microbit" else ESP32_FIRST


def flash(board: str, port: str | None = None, say: Callable[[str], None] = print) -> list[str]:
    """Copy every firmware file of `board` onto it, then restart it so main.py runs.

    Returns the names copied. Raises RobotError when there is no board or no MicroPython.
    """
    get_board(board)
    files = firmware_files(board)
    device = find_port(port)
    from mpremote.transport import TransportError
    from mpremote.transport_serial import SerialTransport

    try:
        transport = SerialTransport(device, baudrate=115200)
    except Exception as error:  # mpremote raises its own errors and OSError subclasses
        raise RobotError(f"could not open {device}: {error}") from None
    try:
        try:
            transport.enter_raw_repl(soft_reset=True)
        except TransportError:
            raise RobotError(
                f"no MicroPython answered on {device}; {micropython_first(board)}"
            ) from None
        for name, path in files.items():
            say(f"{device}: {name}")
            transport.fs_writefile(name, path.read_bytes())
        transport.exit_raw_repl()
        transport.serial.write(b"\x04")  # soft reset: main.py starts
    except (TransportError, OSError) as error:
        raise RobotError(f"copying to {device} failed: {error}") from None
    finally:
        transport.close()
    return list(files)
