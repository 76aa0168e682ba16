/*
 * A stand-in for Windows' bcryptprimitives.dll, for running digikomp.exe under
 * Wine in tests only. It is never shipped in the Windows zip.
 *
 * Why: since Rust 1.78 the standard library gets its random numbers (HashMap
 * seeds, and through getrandom also uuid's v4 ids and tempfile's names) from
 * ProcessPrng in bcryptprimitives.dll, which every supported Windows (10 and
 * later) has. Wine 8.0, the version in Debian 12, has no ProcessPrng, so
 * Windows' loader refuses to start any binary made by a current Rust.
 *
 * This DLL exports ProcessPrng and fills the buffer with RtlGenRandom
 * (advapi32's SystemFunction036), which Wine does have. Placed next to the
 * .exe it is found before Wine's built-in bcryptprimitives.dll (the
 * application folder comes first in the DLL search order).
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll \
 *          bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

/* advapi32!SystemFunction036, better known as RtlGenRandom. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Documented as: BOOL ProcessPrng(PBYTE pbData, SIZE_T cbData); always TRUE. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* RtlGenRandom takes a ULONG length: fill large buffers in pieces. */
    while (len > 0) {
        ULONG chunk = len > 0x40000000u ? 0x40000000u : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
