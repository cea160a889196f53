package pdfread

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
)

// initAES256 sets up AES-256 decryption (V=5, revision 5 of Acrobat 9 or
// 6 of PDF 2.0) for the given password, tried as the user password and
// then as the owner's. PDF 32000-2:2020, §7.6.4.3.3–4, algorithms 2.A and
// 2.B. Most such files are "protected" against printing or copying only,
// with an empty user password, and read like any other.
func (r *Reader) initAES256(encrypt dict, password string) error {
	R, _ := encrypt["R"].(int64)
	if R != 5 && R != 6 {
		return fmt.Errorf("unsupported PDF: encryption revision R=%d", R)
	}
	O, _ := encrypt["O"].(string)
	U, _ := encrypt["U"].(string)
	OE, _ := encrypt["OE"].(string)
	UE, _ := encrypt["UE"].(string)
	if len(O) < 48 || len(U) < 48 || len(OE) != 32 || len(UE) != 32 {
		return fmt.Errorf("malformed PDF: missing O, U, OE or UE encryption parameters")
	}
	pw := []byte(password)
	if len(pw) > 127 {
		pw = pw[:127]
	}
	u := []byte(U[:48])
	var fileKey []byte
	switch {
	case bytes.Equal(hash2B(R, pw, u[32:40], nil), u[:32]):
		fileKey = aesUnwrap(hash2B(R, pw, u[40:48], nil), []byte(UE))
	case bytes.Equal(hash2B(R, pw, []byte(O[32:40]), u), []byte(O[:32])):
		fileKey = aesUnwrap(hash2B(R, pw, []byte(O[40:48]), u), []byte(OE))
	default:
		return ErrInvalidPassword
	}
	r.key = fileKey
	r.useAES = true
	return nil
}

// aesUnwrap decrypts a 32-byte key with AES-256 in CBC mode, zero IV.
func aesUnwrap(key, wrapped []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	out := make([]byte, len(wrapped))
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(out, wrapped)
	return out
}

// hash2B is algorithm 2.B (revision 6), or plain SHA-256 (revision 5).
func hash2B(R int64, pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if R == 5 {
		return k
	}
	for i := 0; ; i++ {
		k1 := bytes.Repeat(append(append(append([]byte{}, pw...), k...), udata...), 64)
		block, err := aes.NewCipher(k[:16])
		if err != nil {
			panic(err)
		}
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var next hash.Hash
		switch sum % 3 {
		case 0:
			next = sha256.New()
		case 1:
			next = sha512.New384()
		default:
			next = sha512.New()
		}
		next.Write(e)
		k = next.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-31 {
			break
		}
	}
	return k[:32]
}
